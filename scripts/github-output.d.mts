/** The outputs in a GITHUB_OUTPUT file, by name; throws on a value without its closing delimiter. */
export function parseGithubOutput(text: string): Record<string, string>;
