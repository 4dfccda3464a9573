export const id = 690;
export const ids = [690];
export const modules = {

/***/ 3690:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ bumpFor),
/* harmony export */   parseConventional: () => (/* binding */ parseConventional)
/* harmony export */ });
/* harmony import */ var conventional_commits_parser__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4674);

const parser = new conventional_commits_parser__WEBPACK_IMPORTED_MODULE_0__/* .CommitParser */ .Jf({
    headerPattern: /^(\w*)(?:\(([^)]*)\))?!?: (.*)$/,
    breakingHeaderPattern: /^(\w*)(?:\(([^)]*)\))?!: (.*)$/,
    headerCorrespondence: ['type', 'scope', 'subject'],
    noteKeywords: ['BREAKING CHANGE', 'BREAKING-CHANGE'],
});
/** Parses a PR title or commit message with the Conventional Commits grammar. */
function parseConventional(message) {
    const text = message.replace(/\r\n/g, '\n').trim();
    const commit = parser.parse(text);
    const header = text.split('\n')[0] ?? '';
    const breaking = /^\w+(?:\([^)]*\))?!:/.test(header) || commit.notes.some((n) => /^BREAKING[ -]CHANGE$/.test(n.title));
    return {
        type: commit.type ? commit.type.toLowerCase() : null,
        scope: commit.scope ?? null,
        subject: commit.subject ?? header,
        breaking,
    };
}
/** feat → minor, fix (and anything else) → patch, `!` or BREAKING CHANGE → major. */
function bumpFor(messages) {
    let bump = null;
    for (const message of messages) {
        const c = parseConventional(message);
        if (c.breaking)
            return 'major';
        if (c.type === 'feat')
            bump = 'minor';
        else if (bump === null && c.type)
            bump = 'patch';
    }
    return bump;
}


/***/ })

};
