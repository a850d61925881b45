// GraphiQL for the gateway's GET /graphql in development and test (issue #20 §2, API-1..5): one
// plain webpack build (no Module Federation: nothing is shared with the portal), emitted as static
// files the gateway serves under /dev/graphiql/ — so the explorer works without internet.
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { typeScriptRule } from '../scripts/federation-webpack.mjs';
import { precompressFolder } from '../scripts/precompress.mjs';

const require = createRequire(import.meta.url);
const HtmlWebpackPlugin = require('html-webpack-plugin');
const MiniCssExtractPlugin = require('mini-css-extract-plugin');
const TerserPlugin = require('terser-webpack-plugin');

/** Where the gateway serves these files (gateway/src/platform/graphql/explorer-page.ts). */
export const EXPLORER_ASSET_PATH = '/dev/graphiql/';

class PrecompressPlugin {
  apply(compiler) {
    compiler.hooks.afterEmit.tap('PrecompressPlugin', (compilation) => precompressFolder(compilation.outputOptions.path));
  }
}

export default (_env, argv) => {
  const production = argv.mode !== 'development';
  return {
    mode: production ? 'production' : 'development',
    context: import.meta.dirname,
    entry: { main: './src/index.tsx' },
    // No eval-based source maps even in development: the explorer's CSP has no 'unsafe-eval'.
    devtool: 'source-map',
    output: {
      path: join(import.meta.dirname, 'dist'),
      publicPath: EXPLORER_ASSET_PATH,
      filename: '[name].[contenthash:8].js',
      chunkFilename: '[name].[contenthash:8].js',
      assetModuleFilename: '[name].[contenthash:8][ext]',
      clean: true,
    },
    resolve: { extensions: ['.tsx', '.ts', '.mjs', '.js'] },
    module: {
      rules: [
        typeScriptRule(require, production),
        // GraphiQL's and Monaco's stylesheets go to a .css file (<link>), never to inline <style>.
        { test: /\.css$/, use: [MiniCssExtractPlugin.loader, require.resolve('css-loader')] },
        { test: /\.ttf$/, type: 'asset/resource' },
      ],
    },
    plugins: [
      new MiniCssExtractPlugin({ filename: '[name].[contenthash:8].css', chunkFilename: '[name].[contenthash:8].css' }),
      new HtmlWebpackPlugin({
        templateContent: `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta name="robots" content="noindex" />
    <link rel="icon" href="data:," />
    <title>Customer Corner — GraphiQL (development)</title>
  </head>
  <body>
    <div id="graphiql" data-endpoint="/graphql"></div>
  </body>
</html>`,
        scriptLoading: 'defer',
      }),
      ...(production ? [new PrecompressPlugin()] : []),
    ],
    optimization: {
      minimize: production,
      minimizer: [new TerserPlugin({ minify: TerserPlugin.swcMinify, extractComments: false })],
    },
    performance: { hints: false },
    stats: 'errors-warnings',
  };
};
