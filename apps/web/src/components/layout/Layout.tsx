import type { ReactNode } from 'react';
import { Footer } from './Footer';
import { Header } from './Header';
import { MAIN_ID, SkipLink } from './SkipLink';

export function Layout({ children }: { children: ReactNode }) {
  return (
    <>
      <SkipLink />
      <Header />
      <main id={MAIN_ID} className="container page-container" tabIndex={-1}>
        {children}
      </main>
      <Footer />
    </>
  );
}
