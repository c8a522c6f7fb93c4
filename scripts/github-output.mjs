// Reads a GITHUB_OUTPUT file, as the runner does after a step: entries are `name<<delimiter`, the value's
// lines, then the delimiter. Shared by npm run demo, npm run bench and the tests, which all run the bundled
// action and read its outputs.

/** @param {string} text @returns {Record<string, string>} */
export function parseGithubOutput(text) {
  const outputs = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const match = /^([^<]+)<<(.+)$/.exec(lines[i]);
    if (!match) continue;
    const end = lines.indexOf(match[2], i + 1);
    if (end < 0) throw new Error(`GITHUB_OUTPUT: the value of '${match[1]}' has no closing delimiter`);
    outputs[match[1]] = lines.slice(i + 1, end).join('\n');
    i = end;
  }
  return outputs;
}
