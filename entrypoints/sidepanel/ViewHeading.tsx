/**
 * The top of every view: Back (when there is somewhere to go back to) and the
 * view's heading, which takes focus when the user navigated here, so keyboard
 * and screen-reader users land at the start of the new view.
 */
import { useEffect, useRef, type ReactNode } from 'react';
import { usePanel } from './panel-context';

export function ViewHeading({ children, kicker }: { children: ReactNode; kicker?: ReactNode }) {
  const { navSeq, focusView, canGoBack, back } = usePanel();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (navSeq > 0 && focusView) heading.current?.focus();
  }, [navSeq, focusView]);
  return (
    <div className="view-heading">
      {canGoBack && (
        <button type="button" className="back-button" onClick={back}>
          <span aria-hidden="true">←</span> Back
        </button>
      )}
      {kicker && <p className="kicker">{kicker}</p>}
      <h2 ref={heading} tabIndex={-1}>
        {children}
      </h2>
    </div>
  );
}
