import { useEffect, useRef, useState, type ReactNode } from 'react';

/**
 * A box that lets a wide table scroll sideways. While it actually overflows, it
 * is a focusable, labelled region, so keyboard users can scroll it too (WCAG
 * 2.1.1); otherwise it stays out of the tab order. The label defaults to the
 * table's caption.
 */
export function TableScroll({ label, className, children }: { label?: string; className?: string; children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  const [overflowing, setOverflowing] = useState(false);
  const [caption, setCaption] = useState<string | undefined>(undefined);

  useEffect(() => {
    const box = ref.current;
    if (!box) return;
    const measure = () => {
      setOverflowing(box.scrollWidth > box.clientWidth + 1);
      setCaption(box.querySelector('caption')?.textContent?.trim() || undefined);
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(box);
    const table = box.querySelector('table');
    if (table) observer.observe(table);
    return () => observer.disconnect();
  }, [children]);

  const classes = className ? `table-scroll ${className}` : 'table-scroll';
  return overflowing ? (
    <div ref={ref} className={classes} tabIndex={0} role="region" aria-label={label ?? caption}>
      {children}
    </div>
  ) : (
    <div ref={ref} className={classes}>
      {children}
    </div>
  );
}
