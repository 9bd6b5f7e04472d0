/*
 * Rego syntax highlighting for CodeMirror 5 as a simple-mode definition: keywords, rule heads
 * (a name at the start of a line), strings (raw backtick strings may span lines), numbers,
 * comments, operators, builtin calls (a name, possibly dotted, before "("), input/data.
 */
(function (CodeMirror) {
  "use strict";
  var keywords = /(?:package|import|default|if|contains|some|every|in|not|with|as|else)\b/;
  CodeMirror.defineSimpleMode("rego", {
    start: [
      {regex: /#.*/, token: "comment"},
      {regex: /"(?:[^\\"]|\\.)*"?/, token: "string"},
      {regex: /`/, token: "string", next: "raw"},
      {regex: /(default)(\s+)([A-Za-z_]\w*)/, sol: true, token: ["keyword", null, "def"]},
      {regex: keywords, token: "keyword"},
      {regex: /(?:true|false|null)\b/, token: "atom"},
      {regex: /(?:input|data)\b/, token: "variable-2"},
      {regex: /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?\b/, token: "number"},
      {regex: /[A-Za-z_]\w*(?:\.[A-Za-z_]\w*)*(?=\()/, token: "builtin"},
      {regex: /[A-Za-z_]\w*/, sol: true, token: "def"},
      {regex: /:=|==|!=|<=|>=|[=<>+\-*\/%&|]/, token: "operator"},
      {regex: /[\{\[\(]/, indent: true},
      {regex: /[\}\]\)]/, dedent: true},
      {regex: /[A-Za-z_]\w*/, token: "variable"}
    ],
    raw: [
      {regex: /[^`]*`/, token: "string", next: "start"},
      {regex: /.*/, token: "string"}
    ],
    meta: {lineComment: "#", dontIndentStates: ["raw"]}
  });
  CodeMirror.defineMIME("text/x-rego", "rego");
})(window.CodeMirror);
