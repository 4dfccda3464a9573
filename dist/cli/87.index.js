export const id = 87;
export const ids = [87];
export const modules = {

/***/ 5087:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   httpFetch: () => (/* binding */ httpFetch)
/* harmony export */ });
/* unused harmony exports ResponseHeaders, HttpResponse, MAX_REDIRECTS */
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7067);
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_http__WEBPACK_IMPORTED_MODULE_0__);
// The fetch Octokit sends its requests with when no proxy is set: node:http and node:https, answering with the
// part of the Fetch API that @octokit/request reads (status, statusText, url, headers, text(), json(),
// arrayBuffer()). Node's built-in fetch costs about 100 ms per process and minipass-fetch or node-fetch about
// 25 ms more than node:http alone (decision record 020); a whole run's start-up is about 170 ms.
//
// As fetch does (https://fetch.spec.whatwg.org/#http-redirect-fetch): redirects are followed (at most 20;
// 301/302 turn a POST into a GET and 303 anything but HEAD into a GET, without its body; 307/308 keep both),
// and the Authorization header is dropped when a redirect leaves the origin, so a token never travels to
// another host. gzip, deflate and br answers are decoded. A connection error rejects with the system error
// (its `code` — ECONNREFUSED, ENOTFOUND … — is what the error path reads); so does a connection silent for
// the timeout.

/** The response headers: names lowercased, iterable as [name, value] pairs, as a Fetch `Headers`. */
class ResponseHeaders {
    #values = new Map();
    constructor(raw) {
        for (const [name, value] of Object.entries(raw)) {
            if (value === undefined)
                continue;
            this.#values.set(name.toLowerCase(), Array.isArray(value) ? value.join(', ') : value);
        }
    }
    get(name) {
        return this.#values.get(name.toLowerCase()) ?? null;
    }
    [Symbol.iterator]() {
        return [...this.#values.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))[Symbol.iterator]();
    }
}
/** A whole answer: the body is read (and decoded) before fetch resolves. */
class HttpResponse {
    status;
    statusText;
    url;
    headers;
    ok;
    redirected;
    #bytes;
    constructor(status, statusText, url, headers, bytes, redirects) {
        this.status = status;
        this.statusText = statusText;
        this.url = url;
        this.headers = headers;
        this.#bytes = bytes;
        this.ok = status >= 200 && status < 300;
        this.redirected = redirects > 0;
    }
    async text() {
        return new TextDecoder().decode(this.#bytes);
    }
    async json() {
        return JSON.parse(await this.text());
    }
    async arrayBuffer() {
        return this.#bytes.buffer.slice(this.#bytes.byteOffset, this.#bytes.byteOffset + this.#bytes.byteLength);
    }
}
const MAX_REDIRECTS = 20;
/** A fetch over node:http/https; `timeoutMs` is the longest a connection may stay silent. */
function httpFetch(timeoutMs) {
    return async (url, init = {}) => {
        let target = new URL(url);
        let method = (init.method ?? 'GET').toUpperCase();
        let body = init.body ?? undefined;
        let headers = { ...init.headers };
        for (let redirects = 0;; redirects++) {
            const answer = await exchange(target, method, headers, body, init.signal ?? undefined, timeoutMs);
            const location = answer.headers.get('location');
            if (![301, 302, 303, 307, 308].includes(answer.status) || location === null || init.redirect === 'manual') {
                return new HttpResponse(answer.status, answer.statusText, target.href, answer.headers, await answer.body(), redirects);
            }
            await answer.body(); // free the connection for the next request
            if (init.redirect === 'error')
                throw new TypeError(`fetch failed: ${method} ${target.href} was redirected (redirect: "error")`);
            if (redirects >= MAX_REDIRECTS)
                throw new TypeError(`fetch failed: more than ${MAX_REDIRECTS} redirects from ${url}`);
            const next = new URL(location, target);
            if (next.protocol !== 'http:' && next.protocol !== 'https:')
                throw new TypeError(`fetch failed: redirected to a ${next.protocol} URL`);
            if ((answer.status === 303 && method !== 'HEAD') || ((answer.status === 301 || answer.status === 302) && method === 'POST')) {
                method = 'GET';
                body = undefined;
                headers = withoutHeaders(headers, ['content-type', 'content-length', 'content-encoding', 'content-language', 'content-location']);
            }
            if (next.origin !== target.origin)
                headers = withoutHeaders(headers, ['authorization']);
            target = next;
        }
    };
}
function withoutHeaders(headers, names) {
    return Object.fromEntries(Object.entries(headers).filter(([name]) => !names.includes(name.toLowerCase())));
}
async function exchange(target, method, headers, body, signal, timeoutMs) {
    // Node's global agents: connections kept alive, and closed after 5 s unused (before a server's own idle
    // timeout closes them under a request).
    const transport = target.protocol === 'https:' ? await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 4708, 23)) : (node_http__WEBPACK_IMPORTED_MODULE_0___default());
    const names = new Set(Object.keys(headers).map((n) => n.toLowerCase()));
    const sent = { ...headers };
    if (!names.has('accept-encoding'))
        sent['accept-encoding'] = 'gzip, deflate, br';
    if (body !== undefined && !names.has('content-length'))
        sent['content-length'] = String(Buffer.byteLength(body));
    return new Promise((resolve, reject) => {
        const request = transport.request(target, { method, headers: sent, signal, timeout: timeoutMs }, (response) => {
            resolve({
                status: response.statusCode ?? 0,
                statusText: response.statusMessage ?? '',
                headers: new ResponseHeaders(response.headers),
                body: () => readBody(response, method),
            });
        });
        request.on('timeout', () => request.destroy(Object.assign(new Error(`no answer from ${target.host} for ${timeoutMs / 1000} s`), { code: 'ETIMEDOUT' })));
        request.on('error', reject);
        request.end(body);
    });
}
function readBody(response, method) {
    return new Promise((resolve, reject) => {
        const chunks = [];
        response.on('data', (chunk) => chunks.push(chunk));
        response.on('error', reject);
        response.on('close', () => {
            if (!response.complete)
                reject(Object.assign(new Error('the connection closed before the whole answer arrived'), { code: 'ECONNRESET' }));
        });
        response.on('end', () => {
            const raw = Buffer.concat(chunks);
            const encoding = (response.headers['content-encoding'] ?? '').trim().toLowerCase();
            if (method === 'HEAD' || raw.length === 0 || !['gzip', 'x-gzip', 'deflate', 'br'].includes(encoding))
                return resolve(raw);
            decode(raw, encoding).then(resolve, reject);
        });
    });
}
async function decode(raw, encoding) {
    const zlib = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 8522, 23));
    const { promisify } = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 7975, 23));
    if (encoding === 'br')
        return promisify(zlib.brotliDecompress)(raw);
    if (encoding === 'deflate')
        return promisify(zlib.inflate)(raw).catch(() => promisify(zlib.inflateRaw)(raw)); // some servers send raw deflate
    return promisify(zlib.gunzip)(raw);
}


/***/ })

};
