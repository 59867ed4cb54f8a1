// The YAML reader: libyaml's event parser feeding the shared tree builder (DESIGN.md §5 puts
// libyaml's event API at the practical speed floor). Only the first document is read.
#include "document/node.h"
#include "document/text_position.h"
#include "document/tree_builder.h"

#include <yaml.h>

#include <cstdio>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace tl::doc {
namespace {

class Parser {
public:
  Parser() { ok_ = yaml_parser_initialize(&parser_) != 0; }
  ~Parser() {
    if (ok_)
      yaml_parser_delete(&parser_);
  }
  Parser(const Parser &) = delete;
  Parser &operator=(const Parser &) = delete;

  bool ok() const { return ok_; }
  yaml_parser_t *get() { return &parser_; }

private:
  yaml_parser_t parser_{};
  bool ok_ = false;
};

class Event {
public:
  Event() = default;
  ~Event() { yaml_event_delete(&event_); }
  Event(const Event &) = delete;
  Event &operator=(const Event &) = delete;

  yaml_event_t *get() { return &event_; }
  const yaml_event_t &operator*() const { return event_; }

private:
  yaml_event_t event_{};
};

const char *text(const yaml_char_t *s) { return reinterpret_cast<const char *>(s); }

bool isNull(const yaml_event_t &event) {
  const auto &s = event.data.scalar;
  if (s.style != YAML_PLAIN_SCALAR_STYLE)
    return false;
  // An explicit string tag makes even an empty plain scalar a string.
  if (s.tag && std::string_view(text(s.tag)) == "tag:yaml.org,2002:str")
    return false;
  const std::string_view value(text(s.value), s.length);
  return value.empty() || value == "null" || value == "~";
}

class YamlReader {
public:
  YamlReader(Document &doc, const ReadLimits &limits, yaml_parser_t *parser)
      : doc_(doc), parser_(parser), builder_(doc, limits) {}

  void run() {
    readEvents();
    builder_.finish();
    // A document without content (`---` alone) reads like an empty file.
    const Node *root = doc_.root;
    if (root && root->isNull() && root->value.empty() && root->tag.empty())
      doc_.root = nullptr;
  }

  /// The first document ended for certain: explicitly (`...`) or because another one began.
  bool firstDocumentComplete() const { return ended_ && (explicitEnd_ || nextDocument_); }
  /// Where libyaml's reader stopped on bad input (invalid UTF-8, control characters).
  std::optional<size_t> readerErrorOffset() const { return readerErrorOffset_; }

private:
  // Anchored collections are registered when they open, so that an alias inside one (a cycle)
  // can be refused instead of making the tree recursive.
  struct Anchor {
    const Node *node = nullptr;
    bool open = false;
    uint64_t expanded = 1; // nodes the anchored node stands for, its own aliases expanded
  };
  struct OpenAnchor {
    size_t depth;
    Anchor *anchor;
    const Node *node;
  };

  void readEvents() {
    for (;;) {
      Event event;
      if (!yaml_parser_parse(parser_, event.get())) {
        reportParserError();
        return;
      }
      if (!handle(*event) || builder_.failed())
        return;
    }
  }

  /// False once the first document is complete.
  bool handle(const yaml_event_t &event) {
    const uint32_t line = static_cast<uint32_t>(event.start_mark.line) + 1;
    const uint32_t column = static_cast<uint32_t>(event.start_mark.column) + 1;
    switch (event.type) {
    case YAML_STREAM_START_EVENT:
      return true;
    case YAML_DOCUMENT_START_EVENT:
      nextDocument_ = ended_;
      return !ended_;
    case YAML_DOCUMENT_END_EVENT:
      ended_ = true;
      explicitEnd_ = !event.data.document_end.implicit;
      // Whatever follows `...` or `---` is another document, ignored with its errors. A document
      // ends implicitly also where a line is indented less than its first one (one space or a
      // second BOM before the first key): then the next event is an error, not a document, and
      // the rest of the file must not be dropped silently.
      return !explicitEnd_;
    case YAML_SCALAR_EVENT:
      scalar(event, line, column);
      return true;
    case YAML_ALIAS_EVENT:
      alias(event, line, column);
      return true;
    case YAML_SEQUENCE_START_EVENT:
      open(NodeKind::Sequence, event.data.sequence_start.anchor, event.data.sequence_start.tag, line, column);
      return true;
    case YAML_MAPPING_START_EVENT:
      open(NodeKind::Mapping, event.data.mapping_start.anchor, event.data.mapping_start.tag, line, column);
      return true;
    case YAML_SEQUENCE_END_EVENT:
    case YAML_MAPPING_END_EVENT:
      close();
      return true;
    case YAML_NO_EVENT:
    case YAML_STREAM_END_EVENT:
      break;
    }
    return false;
  }

  void scalar(const yaml_event_t &event, uint32_t line, uint32_t column) {
    const auto &s = event.data.scalar;
    if (!builder_.checkScalarSize(s.length, line, column))
      return;
    Node *node = builder_.leaf(isNull(event) ? NodeKind::Null : NodeKind::Scalar, line, column);
    if (!node)
      return;
    node->value = builder_.keepText({text(s.value), s.length});
    if (s.tag)
      node->tag = NodeTag(text(s.tag));
    node->quoted = s.style == YAML_SINGLE_QUOTED_SCALAR_STYLE || s.style == YAML_DOUBLE_QUOTED_SCALAR_STYLE;
    if (s.anchor)
      anchors_[text(s.anchor)] = {node, false};
    builder_.add(node);
  }

  void alias(const yaml_event_t &event, uint32_t line, uint32_t column) {
    const char *name = text(event.data.alias.anchor);
    const auto it = anchors_.find(name);
    if (it == anchors_.end()) {
      builder_.fail(line, column, std::string("unknown alias *") + name);
      return;
    }
    if (it->second.open) {
      builder_.fail(line, column, std::string("alias *") + name + " refers to a collection that contains it");
      return;
    }
    // The alias shares the anchored node, so an alias bomb costs one pointer per use; its
    // expanded size is still counted, because consumers walk it once per use.
    builder_.addAlias(it->second.node, it->second.expanded, line, column);
  }

  void open(NodeKind kind, const yaml_char_t *anchor, const yaml_char_t *tag, uint32_t line, uint32_t column) {
    Node *node = builder_.open(kind, line, column);
    if (!node)
      return;
    if (tag)
      node->tag = NodeTag(text(tag));
    if (anchor) {
      Anchor &slot = anchors_[text(anchor)];
      slot = {node, true};
      openAnchors_.push_back({builder_.depth(), &slot, node});
    }
  }

  void close() {
    if (!openAnchors_.empty() && openAnchors_.back().depth == builder_.depth()) {
      const OpenAnchor &open = openAnchors_.back();
      // An inner node may have taken the name over since; then that node owns the slot.
      Anchor *anchor = open.anchor->node == open.node ? open.anchor : nullptr;
      openAnchors_.pop_back();
      const uint64_t expanded = builder_.close();
      if (anchor) {
        anchor->open = false;
        anchor->expanded = expanded;
      }
      return;
    }
    builder_.close();
  }

  void reportParserError() {
    const yaml_parser_t &p = *parser_;
    const std::string problem = p.problem ? p.problem : "unknown error";
    switch (p.error) {
    case YAML_READER_ERROR: {
      // Reader errors carry a byte offset instead of a mark.
      readerErrorOffset_ = p.problem_offset;
      const TextPoint at = TextPosition(doc_.text).at(p.problem_offset);
      std::string message = "invalid YAML text: " + problem;
      if (p.problem_value != -1) {
        char value[32];
        std::snprintf(value, sizeof value, " (0x%02X)", static_cast<unsigned>(p.problem_value));
        message += value;
      }
      builder_.fail(at.line, at.column, std::move(message));
      return;
    }
    case YAML_MEMORY_ERROR:
      builder_.fail(static_cast<uint32_t>(p.mark.line) + 1, static_cast<uint32_t>(p.mark.column) + 1,
                    "YAML parser ran out of memory");
      return;
    default: {
      std::string message = "YAML syntax error: ";
      if (p.context) {
        message += p.context;
        message += ": ";
      }
      message += problem;
      if (ended_)
        message += whyTheDocumentEnded();
      const TextPoint at = withinText(
          {static_cast<uint32_t>(p.problem_mark.line) + 1, static_cast<uint32_t>(p.problem_mark.column) + 1});
      builder_.fail(at.line, at.column, std::move(message));
      return;
    }
    }
  }

  /// After an implicit end, libyaml's "did not find expected <document start>" names no cause;
  /// the cause is an indented first line, which an invisible second BOM also makes.
  std::string whyTheDocumentEnded() const {
    if (doc_.text.compare(0, 6, "\xEF\xBB\xBF\xEF\xBB\xBF") == 0)
      return "; the document above ended here because a second byte order mark indents its first line";
    const uint32_t column = doc_.root ? doc_.root->column : 0;
    if (column <= 1)
      return "; the document above ended before this line, and no '---' starts another";
    return "; the document above ended here because its first line is indented (to column " + std::to_string(column) +
           ") further than this one";
  }

  /// libyaml ends a stream with an implied line break, so errors at the end of a file without
  /// a final newline would point at a line that does not exist.
  TextPoint withinText(TextPoint point) const {
    const TextPoint end = TextPosition(doc_.text).at(doc_.text.size());
    if (point.line > end.line || (point.line == end.line && point.column > end.column))
      return end;
    return point;
  }

  Document &doc_;
  yaml_parser_t *parser_;
  TreeBuilder builder_;
  std::unordered_map<std::string, Anchor> anchors_;
  std::vector<OpenAnchor> openAnchors_;
  bool ended_ = false;
  bool explicitEnd_ = false;
  bool nextDocument_ = false;
  std::optional<size_t> readerErrorOffset_;
};

struct Outcome {
  bool firstDocumentComplete = false;
  std::optional<size_t> readerErrorOffset;
};

/// Reads the first document from the first `length` bytes of the text.
Outcome readPrefix(Document &doc, const ReadLimits &limits, size_t length) {
  Parser parser;
  if (!parser.ok()) {
    doc.problems.push_back({1, 1, "cannot initialise the YAML parser"});
    return {};
  }
  yaml_parser_set_input_string(parser.get(), reinterpret_cast<const unsigned char *>(doc.text.data()), length);
  YamlReader reader(doc, limits, parser.get());
  reader.run();
  return {reader.firstDocumentComplete(), reader.readerErrorOffset()};
}

void clear(Document &doc) {
  doc.root = nullptr;
  doc.problems.clear();
  doc.duplicates.clear();
  doc.arena.clear();
}

} // namespace

void readYaml(Document &doc, const ReadLimits &limits) {
  const Outcome outcome = readPrefix(doc, limits, doc.text.size());
  if (!outcome.readerErrorOffset)
    return;
  // libyaml decodes its input ahead of the parser, so a bad byte in a later document fails the
  // whole read. Read the text before the bad byte again: if the first document ends there, the
  // bad byte belongs to a document that is ignored anyway.
  const ParseProblem problem = doc.problems.front();
  clear(doc);
  if (readPrefix(doc, limits, *outcome.readerErrorOffset).firstDocumentComplete && doc.problems.empty())
    return;
  clear(doc);
  doc.problems.push_back(problem);
}

} // namespace tl::doc
