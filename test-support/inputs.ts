/** Sets the INPUT_* variables the runner would set for a step's `with:` block, as @actions/core reads them. */
export function withInputs(inputs: Record<string, string>): () => void {
  const saved = Object.entries(process.env).filter(([key]) => key.startsWith('INPUT_'));
  for (const [key] of saved) delete process.env[key];
  for (const [name, value] of Object.entries(inputs)) process.env[inputEnvName(name)] = value;
  return () => {
    for (const key of Object.keys(process.env)) if (key.startsWith('INPUT_')) delete process.env[key];
    for (const [key, value] of saved) process.env[key] = value;
  };
}

export function inputEnvName(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}
