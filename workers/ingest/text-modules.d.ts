/** The console's stylesheet, imported as text (`[[rules]]` in wrangler.toml). */
declare module "*.css" {
  const value: string;
  export default value;
}
