// jsdom with Node's own fetch classes: the API client builds real Request objects and reads real
// Responses, as in a browser. jsdom has none of them.
const { TestEnvironment } = require('jest-environment-jsdom');

// Node's Request accepts only Node's AbortSignal, and the page's code holds jsdom's: keep it beside.
class TestRequest extends Request {
  constructor(input, init = {}) {
    const { signal, ...rest } = init;
    super(input, rest);
    if (signal) Object.defineProperty(this, 'signal', { value: signal });
  }
}

class JsdomWithFetch extends TestEnvironment {
  constructor(config, context) {
    super(config, context);
    Object.assign(this.global, { fetch, Request: TestRequest, Response, Headers });
  }
}

module.exports = JsdomWithFetch;
