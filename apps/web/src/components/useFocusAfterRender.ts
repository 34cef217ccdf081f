import { useCallback, useEffect, useState } from 'react';

/**
 * Moves focus to an element once React has rendered it — e.g. a newly added field or a result
 * heading that only appears after the state change that asks for the focus.
 */
export function useFocusAfterRender(): (elementId: string) => void {
  const [target, setTarget] = useState<{ id: string } | null>(null);

  useEffect(() => {
    if (target) document.getElementById(target.id)?.focus();
  }, [target]);

  // A new object each time, so asking twice for the same element still works.
  return useCallback((id: string) => setTarget({ id }), []);
}
