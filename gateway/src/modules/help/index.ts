/** The public face of the help module (issue #14 §1): what other modules, the composition root (app/),
 * the command-line tools and the tests may use. Everything else in this folder is the module's own. */
export { HelpResolver } from './help.resolver';
