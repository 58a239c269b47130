/** Legend labels in body text colour: the swatch carries the hue, and pale hues fail contrast as text. */
export const legendText = (value: string) => <span className="text-slate-700">{value}</span>;
