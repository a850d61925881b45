// Stylesheets are bundled by webpack (mini-css-extract-plugin) into a .css file the page links.
declare module '*.css';
