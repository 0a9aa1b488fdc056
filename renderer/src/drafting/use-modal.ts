/** A <dialog> shown modally while mounted (focus goes in, Escape cancels, focus returns after). */
import { useEffect, useRef } from 'react';

export function useModal(): React.RefObject<HTMLDialogElement | null> {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const d = ref.current!;
    const before = document.activeElement as HTMLElement | null;
    if (!d.open) d.showModal();
    return () => {
      d.close();
      before?.focus?.();
    };
  }, []);
  return ref;
}
