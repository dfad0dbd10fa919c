/* eslint-disable @typescript-eslint/no-require-imports -- plain CommonJS for `node --require` */
// `node --require scripts/client-address-preload.cjs …`: see lib/http/client-address.cjs.
// `npm start` adds it through NODE_OPTIONS; the Dockerfile runs the standalone server with it.
require("../lib/http/client-address.cjs").install();
