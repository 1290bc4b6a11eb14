/** An ordinary link that navigates without reloading the app (modified clicks behave as usual). */
import type { AnchorHTMLAttributes, MouseEvent } from 'react';
import { navigate } from '../router.js';

export function Link(props: AnchorHTMLAttributes<HTMLAnchorElement> & { href: string }) {
  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    props.onClick?.(event);
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    if (props.target && props.target !== '_self') return; // a new tab is the browser's job
    event.preventDefault();
    navigate(props.href);
  };
  // biome-ignore lint/a11y: a real href is always given (keyboard and screen readers get a plain link); the click handler only avoids a full reload
  return <a {...props} onClick={onClick} />;
}
