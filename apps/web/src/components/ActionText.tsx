/**
 * A short visible action text ('Book', 'Åbn') with the context screen-reader users need when
 * they list all buttons or links on a page. The visible text stays first in the accessible name.
 */
export function ActionText({ text, context }: { text: string; context: string }) {
  return (
    <>
      {text}
      <span className="sr-only">: {context}</span>
    </>
  );
}
