/** Returns `value`, or throws naming the variable a Lambda needs but was deployed without. */
export function required<T>(value: T | undefined, variable: string): T {
  if (value === undefined) throw new Error(`${variable} is required in AWS`);
  return value;
}
