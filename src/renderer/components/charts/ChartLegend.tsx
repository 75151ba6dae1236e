/** A legend as a plain list: a colour swatch and a name per series. Decorative for AT, the table says it all. */
export function ChartLegend({ items }: { items: Array<{ key: string; name: string; colour: string }> }) {
  return (
    <ul className="chart-legend" aria-hidden="true">
      {items.map((item) => (
        <li key={item.key}>
          <svg className="chart-swatch" width="14" height="14" focusable="false">
            <rect width="14" height="14" rx="2" fill={item.colour} />
          </svg>
          {item.name}
        </li>
      ))}
    </ul>
  );
}
