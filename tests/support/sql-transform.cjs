// Lets jest import plain-SQL migration files as text, as esbuild's `text` loader does.
module.exports = {
  process(source) {
    return { code: `module.exports = ${JSON.stringify(source)};` };
  },
};
