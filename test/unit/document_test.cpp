#include "document/node.h"

#include <gtest/gtest.h>

#include <memory>
#include <string>

namespace {

using tl::doc::Document;
using tl::doc::Node;
using tl::doc::NodeKind;
using tl::doc::ReadLimits;

std::unique_ptr<Document> yaml(std::string text, const ReadLimits &limits = {}) {
  auto doc = std::make_unique<Document>();
  doc->text = std::move(text);
  tl::doc::readYaml(*doc, limits);
  return doc;
}

std::unique_ptr<Document> json(std::string text, const ReadLimits &limits = {}) {
  auto doc = std::make_unique<Document>();
  doc->text = std::move(text);
  tl::doc::readJson(*doc, limits);
  return doc;
}

testing::AssertionResult at(const Node *node, uint32_t line, uint32_t column) {
  if (!node)
    return testing::AssertionFailure() << "node is null";
  if (node->line != line || node->column != column)
    return testing::AssertionFailure() << "node at " << node->line << ":" << node->column << ", expected " << line
                                       << ":" << column;
  return testing::AssertionSuccess();
}

testing::AssertionResult problemAt(const Document &doc, uint32_t line, uint32_t column, std::string_view message) {
  if (doc.problems.size() != 1)
    return testing::AssertionFailure() << doc.problems.size() << " problems, expected 1";
  const auto &p = doc.problems.front();
  if (p.line != line || p.column != column || p.message != message)
    return testing::AssertionFailure() << p.line << ":" << p.column << " '" << p.message << "', expected " << line
                                       << ":" << column << " '" << message << "'";
  return testing::AssertionSuccess();
}

const Node *path(const Node *node, std::initializer_list<std::string_view> keys) {
  for (std::string_view key : keys)
    node = node ? node->find(key) : nullptr;
  return node;
}

// --- Node ---------------------------------------------------------------------------------------

TEST(Node, FindReturnsTheLastDuplicate) {
  auto doc = yaml("A: 1\nB: 2\nA: 3\n");
  ASSERT_TRUE(doc->problems.empty());
  const Node *root = doc->root;
  ASSERT_EQ(root->entries().size(), 3u);
  EXPECT_EQ(root->find("A")->value, "3");
  EXPECT_TRUE(at(root->find("A"), 3, 4));
  EXPECT_EQ(root->findEntry("A"), &root->entries()[2]);
  EXPECT_TRUE(at(root->findEntry("A")->key, 3, 1));
  EXPECT_EQ(root->find("C"), nullptr);
  EXPECT_EQ(root->find("A")->find("x"), nullptr); // a scalar has no entries
}

TEST(Node, FindIgnoresCollectionKeys) {
  auto doc = yaml("? [A]\n: 1\nA: 2\n");
  ASSERT_TRUE(doc->problems.empty());
  ASSERT_EQ(doc->root->entries().size(), 2u);
  EXPECT_TRUE(doc->root->entries()[0].key->isSequence());
  EXPECT_TRUE(at(doc->root->entries()[0].key, 1, 3));
  EXPECT_TRUE(at(doc->root->entries()[0].value, 2, 3));
  EXPECT_TRUE(at(doc->root->find("A"), 3, 4));
  EXPECT_EQ(doc->root->find("A")->value, "2");
}

// --- YAML structure and positions ---------------------------------------------------------------

TEST(Yaml, BlockPositions) {
  auto doc = yaml("Resources:\n"
                  "  Pool:\n"
                  "    Type: AWS::Cognito::UserPool\n"
                  "    Properties:\n"
                  "      Names:\n"
                  "        - one\n"
                  "        -   two\n");
  ASSERT_TRUE(doc->problems.empty());
  const Node *root = doc->root;
  ASSERT_TRUE(root && root->isMapping());
  EXPECT_TRUE(at(root, 1, 1));
  EXPECT_TRUE(at(root->entries()[0].key, 1, 1));
  const Node *pool = path(root, {"Resources", "Pool"});
  EXPECT_TRUE(at(root->find("Resources"), 2, 3)); // a block mapping starts at its first key
  EXPECT_TRUE(at(pool, 3, 5));
  EXPECT_TRUE(at(root->find("Resources")->entries()[0].key, 2, 3));
  EXPECT_TRUE(at(pool->find("Type"), 3, 11));
  EXPECT_EQ(pool->find("Type")->value, "AWS::Cognito::UserPool");
  const Node *names = path(pool, {"Properties", "Names"});
  ASSERT_TRUE(names && names->isSequence());
  EXPECT_TRUE(at(names, 6, 9));
  ASSERT_EQ(names->items().size(), 2u);
  EXPECT_TRUE(at(names->items()[0], 6, 11));
  EXPECT_TRUE(at(names->items()[1], 7, 13));
  EXPECT_EQ(names->items()[1]->value, "two");
}

TEST(Yaml, FlowPositions) {
  auto doc = yaml("a: {b: [1, \"two\", 'three'], c: {d: e}}\n");
  ASSERT_TRUE(doc->problems.empty());
  const Node *a = doc->root->find("a");
  EXPECT_TRUE(at(a, 1, 4));
  const Node *b = a->find("b");
  EXPECT_TRUE(at(a->entries()[0].key, 1, 5));
  EXPECT_TRUE(at(b, 1, 8));
  ASSERT_EQ(b->items().size(), 3u);
  EXPECT_TRUE(at(b->items()[0], 1, 9));
  EXPECT_TRUE(at(b->items()[1], 1, 12));
  EXPECT_TRUE(at(b->items()[2], 1, 19));
  EXPECT_TRUE(at(a->find("c"), 1, 32));
  EXPECT_TRUE(at(path(a, {"c", "d"}), 1, 36));
}

TEST(Yaml, ColumnsCountCharactersNotBytes) {
  auto doc = yaml("\xC3\xA9t\xC3\xA9: [\xE2\x82\xAC, x]\n"); // "été: [€, x]"
  ASSERT_TRUE(doc->problems.empty());
  const Node *list = doc->root->find("\xC3\xA9t\xC3\xA9");
  EXPECT_TRUE(at(list, 1, 6));
  EXPECT_TRUE(at(list->items()[1], 1, 10));
}

TEST(Yaml, ShortFormTagsOnScalarsSequencesAndMappings) {
  auto doc = yaml("A: !Ref Name\n"
                  "B: !GetAtt Fn.Arn\n"
                  "C: !If [IsProd, !Ref X, !Ref \"AWS::NoValue\"]\n"
                  "D: !Sub\n"
                  "  - \"${A}-x\"\n"
                  "  - {A: !ImportValue Shared}\n"
                  "E: !Transform {Name: AWS::Include}\n"
                  "F: !GetAZs ''\n"
                  "G: !Base64 |\n"
                  "  text\n");
  ASSERT_TRUE(doc->problems.empty());
  const Node *root = doc->root;
  EXPECT_EQ(root->find("A")->tag, "!Ref");
  EXPECT_EQ(root->find("A")->value, "Name");
  EXPECT_TRUE(at(root->find("A"), 1, 4)); // a tagged node starts at its tag
  EXPECT_EQ(root->find("B")->tag, "!GetAtt");
  EXPECT_EQ(root->find("B")->value, "Fn.Arn");
  const Node *c = root->find("C");
  ASSERT_TRUE(c->isSequence());
  EXPECT_EQ(c->tag, "!If");
  EXPECT_TRUE(at(c, 3, 4));
  ASSERT_EQ(c->items().size(), 3u);
  EXPECT_EQ(c->items()[0]->tag, "");
  EXPECT_EQ(c->items()[1]->tag, "!Ref");
  EXPECT_TRUE(at(c->items()[1], 3, 17));
  EXPECT_TRUE(c->items()[2]->quoted);
  EXPECT_EQ(c->items()[2]->value, "AWS::NoValue");
  const Node *d = root->find("D");
  ASSERT_TRUE(d->isSequence());
  EXPECT_EQ(d->tag, "!Sub");
  EXPECT_TRUE(at(d, 4, 4));
  EXPECT_TRUE(at(d->items()[0], 5, 5));
  EXPECT_TRUE(d->items()[1]->isMapping());
  EXPECT_EQ(d->items()[1]->find("A")->tag, "!ImportValue");
  const Node *e = root->find("E");
  ASSERT_TRUE(e->isMapping());
  EXPECT_EQ(e->tag, "!Transform");
  EXPECT_TRUE(at(e, 7, 4));
  EXPECT_EQ(root->find("F")->tag, "!GetAZs");
  EXPECT_TRUE(root->find("F")->isScalar());
  EXPECT_EQ(root->find("F")->value, "");
  EXPECT_EQ(root->find("G")->tag, "!Base64");
  EXPECT_EQ(root->find("G")->value, "text\n");
}

TEST(Yaml, QuotedAndPlainScalars) {
  auto doc = yaml("a: plain\nb: 'single'\nc: \"double\\tx\"\nd: |\n  literal\ne: >\n  folded\nf: 5\ng: true\n");
  ASSERT_TRUE(doc->problems.empty());
  const Node *r = doc->root;
  EXPECT_FALSE(r->find("a")->quoted);
  EXPECT_TRUE(r->find("b")->quoted);
  EXPECT_TRUE(at(r->find("b"), 2, 4)); // a quoted scalar starts at its quote
  EXPECT_TRUE(at(r->find("d"), 4, 4)); // a block scalar starts at its indicator
  EXPECT_TRUE(r->find("c")->quoted);
  EXPECT_EQ(r->find("c")->value, "double\tx");
  EXPECT_FALSE(r->find("d")->quoted);
  EXPECT_EQ(r->find("d")->value, "literal\n");
  EXPECT_FALSE(r->find("e")->quoted);
  // No conversion: numbers and booleans stay text.
  EXPECT_TRUE(r->find("f")->isScalar());
  EXPECT_EQ(r->find("f")->value, "5");
  EXPECT_TRUE(r->find("g")->isScalar());
  EXPECT_EQ(r->find("g")->value, "true");
}

TEST(Yaml, NullForms) {
  auto doc = yaml("a: null\nb: ~\nc:\nd: 'null'\ne: \"\"\nf: !!str\ng: !Ref\n");
  ASSERT_TRUE(doc->problems.empty());
  const Node *r = doc->root;
  EXPECT_TRUE(r->find("a")->isNull());
  EXPECT_EQ(r->find("a")->value, "null");
  EXPECT_TRUE(r->find("b")->isNull());
  EXPECT_EQ(r->find("b")->value, "~");
  EXPECT_TRUE(r->find("c")->isNull());
  EXPECT_EQ(r->find("c")->value, "");
  EXPECT_TRUE(at(r->find("c"), 3, 3));
  EXPECT_TRUE(r->find("d")->isScalar());
  EXPECT_TRUE(r->find("e")->isScalar());
  EXPECT_TRUE(r->find("f")->isScalar()); // an explicit string tag
  EXPECT_TRUE(r->find("g")->isNull());   // a short form with nothing after it
  EXPECT_EQ(r->find("g")->tag, "!Ref");
}

TEST(Yaml, EmptyInputsHaveNoRootAndNoProblem) {
  for (const char *text : {"", "\n\n", "# only a comment\n# and another\n", "---\n", "--- \n...\n"}) {
    auto doc = yaml(text);
    EXPECT_EQ(doc->root, nullptr) << text;
    EXPECT_TRUE(doc->problems.empty()) << text;
  }
}

TEST(Yaml, OnlyTheFirstDocumentIsRead) {
  auto doc = yaml("a: 1\n---\nb: 2\n---\n[unclosed\n");
  EXPECT_TRUE(doc->problems.empty());
  ASSERT_TRUE(doc->root);
  EXPECT_EQ(doc->root->entries().size(), 1u);
  EXPECT_TRUE(at(doc->root->find("a"), 1, 4));
  EXPECT_EQ(doc->root->find("b"), nullptr);
}

TEST(Yaml, BadBytesInLaterDocumentsAreIgnored) {
  // libyaml decodes ahead of the parser; the reader must still only judge the first document.
  auto implicitEnd = yaml("a: 1\n---\nb: \xFF\n");
  EXPECT_TRUE(implicitEnd->problems.empty());
  ASSERT_TRUE(implicitEnd->root);
  EXPECT_TRUE(at(implicitEnd->root->find("a"), 1, 4));
  auto explicitEnd = yaml("a: [1]\n...\n\x01\n");
  EXPECT_TRUE(explicitEnd->problems.empty());
  ASSERT_TRUE(explicitEnd->root);
  EXPECT_EQ(explicitEnd->root->find("a")->items().size(), 1u);
  // A bad byte inside the first document is still a problem, even when more documents follow.
  auto inFirst = yaml("a: 1\nb: x\xFF\n---\nc: 1\n");
  EXPECT_TRUE(problemAt(*inFirst, 2, 5, "invalid YAML text: invalid leading UTF-8 octet (0xFF)"));
  auto unterminated = yaml("a: 12\xFF");
  EXPECT_TRUE(problemAt(*unterminated, 1, 6, "invalid YAML text: invalid leading UTF-8 octet (0xFF)"));
}

TEST(Yaml, AnIndentedFirstKeyDoesNotHideTheRestOfTheFile) {
  // The first document ends where a line is indented less than its first key; what follows is
  // no document (it has no `---`), so it is an error rather than an ignored second document.
  EXPECT_TRUE(problemAt(*yaml(" a: 1\nb: 2\n"), 2, 1,
                        "YAML syntax error: did not find expected <document start>; the document above ended here "
                        "because its first line is indented (to column 2) further than this one"));
  EXPECT_TRUE(problemAt(*yaml("\xEF\xBB\xBF\xEF\xBB\xBF"
                              "a: 1\nb: 2\n"),
                        2, 1,
                        "YAML syntax error: did not find expected <document start>; the document above ended here "
                        "because a second byte order mark indents its first line"));
  EXPECT_TRUE(problemAt(*yaml("[1]\nb: 2\n"), 2, 1,
                        "YAML syntax error: did not find expected <document start>; the document above ended before "
                        "this line, and no '---' starts another"));
  // A document that ends explicitly, or where the next one starts, is still read alone.
  EXPECT_TRUE(yaml(" a: 1\n---\nb: [\n")->problems.empty());
  EXPECT_TRUE(yaml(" a: 1\n...\n]\n")->problems.empty());
  EXPECT_TRUE(yaml(" a: 1\n")->problems.empty());
}

TEST(Yaml, ByteOrderMarkIsSkipped) {
  auto doc = yaml("\xEF\xBB\xBF"
                  "a: 1\n");
  ASSERT_TRUE(doc->problems.empty());
  EXPECT_TRUE(at(doc->root->entries()[0].key, 1, 1));
  EXPECT_TRUE(at(doc->root->find("a"), 1, 4));
}

// --- duplicate keys -----------------------------------------------------------------------------

TEST(Yaml, DuplicateKeysWithPaths) {
  auto doc = yaml("Resources:\n"
                  "  Pool:\n"
                  "    Properties:\n"
                  "      LambdaConfig:\n"
                  "        PreSignUp: a\n"
                  "        PostAuthentication: b\n"
                  "        PreSignUp: c\n"
                  "  Pool:\n"
                  "    Type: x\n"
                  "List:\n"
                  "  - {k: 1, k: 2, k: 3}\n");
  ASSERT_TRUE(doc->problems.empty());
  ASSERT_EQ(doc->duplicates.size(), 4u);
  const auto &d = doc->duplicates;
  EXPECT_EQ(d[0].path, "Resources.Pool.Properties.LambdaConfig");
  EXPECT_TRUE(at(d[0].first, 5, 9));
  EXPECT_TRUE(at(d[0].second, 7, 9));
  EXPECT_EQ(d[0].second->value, "PreSignUp");
  EXPECT_EQ(d[1].path, "Resources");
  EXPECT_TRUE(at(d[1].first, 2, 3));
  EXPECT_TRUE(at(d[1].second, 8, 3));
  // Every later occurrence is paired with the first one.
  EXPECT_EQ(d[2].path, "List[0]");
  EXPECT_TRUE(at(d[2].first, 11, 6));
  EXPECT_TRUE(at(d[2].second, 11, 12));
  EXPECT_EQ(d[3].path, "List[0]");
  EXPECT_TRUE(at(d[3].first, 11, 6));
  EXPECT_TRUE(at(d[3].second, 11, 18));
  // Both entries are kept in document order; lookups see the last one.
  const Node *config = path(doc->root, {"Resources", "Pool"});
  EXPECT_EQ(config->find("Type")->value, "x");
  EXPECT_EQ(doc->root->find("Resources")->entries().size(), 2u);
  EXPECT_EQ(doc->root->find("List")->items()[0]->entries().size(), 3u);
  EXPECT_EQ(doc->root->find("List")->items()[0]->find("k")->value, "3");
}

TEST(Yaml, DuplicateKeysAtTheRootHaveAnEmptyPath) {
  auto doc = yaml("a: 1\n'a': 2\n");
  ASSERT_EQ(doc->duplicates.size(), 1u); // keys compare by text, whatever their quoting
  EXPECT_EQ(doc->duplicates[0].path, "");
  EXPECT_TRUE(at(doc->duplicates[0].first, 1, 1));
  EXPECT_TRUE(at(doc->duplicates[0].second, 2, 1));
}

TEST(Yaml, DuplicateKeysInLargeMappings) {
  std::string text = "Outer:\n  - Big:\n";
  for (int i = 0; i < 1000; ++i)
    text += "      K" + std::to_string(i) + ": v\n";
  text += "      K3: again\n      K999: again\n";
  auto doc = yaml(text);
  ASSERT_TRUE(doc->problems.empty());
  ASSERT_EQ(doc->duplicates.size(), 2u);
  EXPECT_EQ(doc->duplicates[0].path, "Outer[0].Big");
  EXPECT_TRUE(at(doc->duplicates[0].first, 6, 7));
  EXPECT_TRUE(at(doc->duplicates[0].second, 1003, 7));
  EXPECT_TRUE(at(doc->duplicates[1].first, 1002, 7));
  EXPECT_TRUE(at(doc->duplicates[1].second, 1004, 7));
}

TEST(Yaml, DuplicateKeysAmongTheFirstKeysOfALargeMapping) {
  std::string text = "a: 1\na: 2\n";
  for (int i = 0; i < 40; ++i)
    text += "k" + std::to_string(i) + ": v\n";
  text += "a: 3\n";
  auto doc = yaml(text);
  ASSERT_EQ(doc->duplicates.size(), 2u);
  EXPECT_TRUE(at(doc->duplicates[1].first, 1, 1));
  EXPECT_TRUE(at(doc->duplicates[1].second, 43, 1));
}

// --- aliases ------------------------------------------------------------------------------------

TEST(Yaml, AliasesShareTheAnchoredNode) {
  auto doc = yaml("base: &b {Timeout: 5}\nx: *b\ny: [*b, &s text, *s]\n");
  ASSERT_TRUE(doc->problems.empty());
  const Node *base = doc->root->find("base");
  EXPECT_EQ(doc->root->find("x"), base);
  EXPECT_EQ(doc->root->find("y")->items()[0], base);
  EXPECT_EQ(doc->root->find("y")->items()[1], doc->root->find("y")->items()[2]);
  EXPECT_TRUE(at(doc->root->find("x"), 1, 7)); // the alias reports the anchored node's position
}

TEST(Yaml, AliasBombIsRefusedQuickly) {
  // 9^10 nodes once expanded: consumers walk aliases like copies, so the reader refuses it
  // (at the alias that crosses the limit) instead of handing a bomb on.
  std::string text = "a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n";
  for (char c = 'b'; c <= 'j'; ++c) {
    std::string prev(1, static_cast<char>(c - 1));
    text += std::string(1, c) + ": &" + c + " [*" + prev + ", *" + prev + ", *" + prev + ", *" + prev + ", *" + prev +
            ", *" + prev + ", *" + prev + ", *" + prev + ", *" + prev + "]\n";
  }
  auto doc = yaml(text);
  ASSERT_EQ(doc->problems.size(), 1u);
  EXPECT_EQ(doc->problems[0].message, "aliases expand to more than 5000000 nodes (an alias bomb?)");
  EXPECT_EQ(doc->problems[0].line, 7u); // level g: its 9th alias takes it past 5M (9 x 597,871)
  EXPECT_LT(doc->arena.size(), 50u);
}

TEST(Yaml, ModestAliasFansAreShared) {
  std::string text = "a: &a [lol, lol, lol]\nb: &b [*a, *a, *a]\nc: [*b, *b, *b]\n";
  auto doc = yaml(text);
  ASSERT_TRUE(doc->problems.empty());
  EXPECT_EQ(doc->root->find("c")->items()[0], doc->root->find("b"));
  EXPECT_EQ(doc->root->find("b")->items()[2], doc->root->find("a"));
  EXPECT_TRUE(at(doc->root->find("c")->items()[0], 2, 4)); // where `b` was anchored
}

TEST(Yaml, AliasUsesCountTowardsTheNodeLimit) {
  ReadLimits limits;
  limits.maxNodes = 10;
  auto doc = yaml("a: &x v\nb: [*x, *x, *x, *x, *x, *x, *x]\n", limits);
  EXPECT_TRUE(problemAt(*doc, 2, 25, "document has more than 10 nodes"));
  ASSERT_TRUE(doc->root); // the partial tree stays reachable
  EXPECT_EQ(doc->root->find("b")->items().size(), 5u);
}

TEST(Yaml, UnknownAlias) {
  auto doc = yaml("a: 1\nb: *nowhere\n");
  EXPECT_TRUE(problemAt(*doc, 2, 4, "unknown alias *nowhere"));
  ASSERT_TRUE(doc->root);
  EXPECT_EQ(doc->root->find("a")->value, "1");
}

TEST(Yaml, RecursiveAliasIsRefused) {
  auto doc = yaml("a: &x\n  b: [1, *x]\n");
  EXPECT_TRUE(problemAt(*doc, 2, 10, "alias *x refers to a collection that contains it"));
}

// --- YAML limits and errors ---------------------------------------------------------------------

TEST(Yaml, DepthLimitFlow) {
  auto doc = yaml(std::string(100000, '['));
  EXPECT_TRUE(problemAt(*doc, 1, 201, "document nested deeper than 200 levels"));
  // The partial tree is kept: 200 nested sequences.
  size_t depth = 0;
  for (const Node *n = doc->root; n && n->isSequence(); n = n->items().empty() ? nullptr : n->items()[0])
    ++depth;
  EXPECT_EQ(depth, 200u);
}

TEST(Yaml, DepthLimitBlock) {
  ReadLimits limits;
  limits.maxDepth = 3;
  EXPECT_TRUE(yaml("a:\n  b:\n    c: 1\n", limits)->problems.empty());
  auto doc = yaml("a:\n  b:\n    c:\n      - 1\n", limits);
  EXPECT_TRUE(problemAt(*doc, 4, 7, "document nested deeper than 3 levels"));
}

TEST(Yaml, ScalarSizeLimit) {
  ReadLimits limits;
  limits.maxScalarBytes = 8;
  EXPECT_TRUE(yaml("a: 12345678\n", limits)->problems.empty());
  auto doc = yaml("a: 123456789\n", limits);
  EXPECT_TRUE(problemAt(*doc, 1, 4, "scalar longer than 8 bytes"));
}

TEST(Yaml, SyntaxErrors) {
  EXPECT_TRUE(problemAt(*yaml("a: b: c\n"), 1, 5, "YAML syntax error: mapping values are not allowed in this context"));
  EXPECT_TRUE(problemAt(*yaml("a:\n  b: 1\n c: 2\n"), 3, 2,
                        "YAML syntax error: while parsing a block mapping: did not find expected key"));
  EXPECT_TRUE(problemAt(*yaml("a:\n\tb: 1\n"), 2, 1,
                        "YAML syntax error: while scanning for the next token: found character that cannot start "
                        "any token"));
}

TEST(Yaml, TruncatedInput) {
  auto quoted = yaml("a: \"unterminated");
  EXPECT_TRUE(problemAt(*quoted, 1, 17,
                        "YAML syntax error: while scanning a quoted scalar: found unexpected end of "
                        "stream"));
  auto flow = yaml("a: [1, 2");
  EXPECT_TRUE(problemAt(*flow, 1, 9,
                        "YAML syntax error: while parsing a flow sequence: did not find expected ',' or "
                        "']'"));
  ASSERT_TRUE(flow->root);
  EXPECT_EQ(flow->root->find("a")->items().size(), 2u);
}

TEST(Yaml, InvalidUtf8) {
  auto doc = yaml("a: b\nc: \xFF\n");
  EXPECT_TRUE(problemAt(*doc, 2, 4, "invalid YAML text: invalid leading UTF-8 octet (0xFF)"));
}

TEST(Yaml, ControlCharactersAndNulBytes) {
  EXPECT_TRUE(problemAt(*yaml("a: \x01\n"), 1, 4, "invalid YAML text: control characters are not allowed (0x01)"));
  EXPECT_TRUE(problemAt(*yaml(std::string("a: b\0c\n", 7)), 1, 5,
                        "invalid YAML text: control characters are not allowed (0x00)"));
}

TEST(Yaml, BinaryGarbage) {
  std::string garbage;
  uint32_t state = 12345;
  for (int i = 0; i < 100000; ++i) {
    state = state * 1103515245u + 12345u;
    garbage += static_cast<char>(state >> 24);
  }
  ASSERT_EQ(static_cast<unsigned char>(garbage[0]), 0xD3); // a valid two-byte character, then garbage
  EXPECT_TRUE(problemAt(*yaml(garbage), 1, 3, "invalid YAML text: invalid trailing UTF-8 octet (0x0D)"));
  EXPECT_TRUE(problemAt(*json(garbage), 1, 1, "unexpected byte 0xD3: expected a value"));
}

// --- JSON ---------------------------------------------------------------------------------------

TEST(Json, StructureAndPositions) {
  auto doc = json("{\n"
                  "  \"Resources\": {\n"
                  "    \"Fn\": {\"Timeout\": 30, \"On\": true, \"Off\": false, \"None\": null},\n"
                  "    \"List\": [ -1.5e3 , \"x\" ]\n"
                  "  }\n"
                  "}\n");
  ASSERT_TRUE(doc->problems.empty());
  const Node *root = doc->root;
  EXPECT_TRUE(at(root, 1, 1));
  EXPECT_TRUE(at(root->entries()[0].key, 2, 3));
  EXPECT_TRUE(root->entries()[0].key->quoted);
  const Node *resources = root->find("Resources");
  EXPECT_TRUE(at(resources, 2, 16));
  const Node *fn = resources->find("Fn");
  EXPECT_TRUE(at(fn, 3, 11));
  EXPECT_TRUE(at(fn->find("Timeout"), 3, 23));
  EXPECT_EQ(fn->find("Timeout")->value, "30");
  EXPECT_FALSE(fn->find("Timeout")->quoted);
  EXPECT_TRUE(fn->find("On")->isScalar());
  EXPECT_EQ(fn->find("On")->value, "true");
  EXPECT_TRUE(fn->find("Off")->isScalar());
  EXPECT_TRUE(fn->find("None")->isNull());
  EXPECT_EQ(fn->find("None")->value, "null");
  EXPECT_TRUE(at(fn->find("None"), 3, 61));
  const Node *list = resources->find("List");
  EXPECT_TRUE(at(list, 4, 13));
  EXPECT_TRUE(at(list->items()[0], 4, 15));
  EXPECT_EQ(list->items()[0]->value, "-1.5e3");
  EXPECT_TRUE(at(list->items()[1], 4, 24));
  EXPECT_TRUE(list->items()[1]->quoted);
}

TEST(Json, CrLfAndCharacterColumns) {
  auto doc = json("{\r\n\"\xC3\xA9\xC3\xA9\": [1,\r\n  \"\xE2\x82\xAC\", 2]}");
  ASSERT_TRUE(doc->problems.empty());
  const Node *list = doc->root->find("\xC3\xA9\xC3\xA9");
  EXPECT_TRUE(at(doc->root->entries()[0].key, 2, 1));
  EXPECT_TRUE(at(list, 2, 7));
  EXPECT_TRUE(at(list->items()[1], 3, 3));
  EXPECT_TRUE(at(list->items()[2], 3, 8));
}

TEST(Json, EmptyContainersAndScalarRoot) {
  auto doc = json(" {\"a\": {}, \"b\": []} ");
  ASSERT_TRUE(doc->problems.empty());
  EXPECT_TRUE(doc->root->find("a")->isMapping());
  EXPECT_TRUE(doc->root->find("b")->isSequence());
  auto scalar = json("\n  \"text\"\n");
  ASSERT_TRUE(scalar->problems.empty());
  EXPECT_TRUE(at(scalar->root, 2, 3));
}

TEST(Json, EmptyInputHasNoRootAndNoProblem) {
  for (const char *text : {"", " \n\t\r\n", "\xEF\xBB\xBF"}) {
    auto doc = json(text);
    EXPECT_EQ(doc->root, nullptr);
    EXPECT_TRUE(doc->problems.empty());
  }
}

TEST(Json, DuplicateKeysWithPaths) {
  auto doc = json(R"({"Resources": {"Pool": {"Properties": {"LambdaConfig":
{"PreSignUp": "a", "PreSignUp": "b"}}}}, "L": [0, {"k": 1, "k": 2}], "Resources": 1})");
  ASSERT_TRUE(doc->problems.empty());
  ASSERT_EQ(doc->duplicates.size(), 3u);
  EXPECT_EQ(doc->duplicates[0].path, "Resources.Pool.Properties.LambdaConfig");
  EXPECT_TRUE(at(doc->duplicates[0].first, 2, 2));
  EXPECT_TRUE(at(doc->duplicates[0].second, 2, 20));
  EXPECT_EQ(doc->duplicates[1].path, "L[1]");
  EXPECT_TRUE(at(doc->duplicates[1].first, 2, 52));
  EXPECT_TRUE(at(doc->duplicates[1].second, 2, 60));
  EXPECT_EQ(doc->duplicates[2].path, "");
  EXPECT_TRUE(at(doc->duplicates[2].first, 1, 2));
  EXPECT_TRUE(at(doc->duplicates[2].second, 2, 70));
  EXPECT_EQ(doc->root->entries().size(), 3u);
  EXPECT_EQ(doc->root->find("Resources")->value, "1");
}

TEST(Json, EscapesAndSurrogatePairs) {
  auto doc = json(R"(["\"\\\/\b\f\n\r\t", "\u00e9\u20AC", "\ud83d\ude00", "a\u0000b"])");
  ASSERT_TRUE(doc->problems.empty());
  const auto &items = doc->root->items();
  EXPECT_EQ(items[0]->value, "\"\\/\b\f\n\r\t");
  EXPECT_EQ(items[1]->value, "\xC3\xA9\xE2\x82\xAC");
  EXPECT_EQ(items[2]->value, "\xF0\x9F\x98\x80");
  EXPECT_EQ(items[3]->value, std::string("a\0b", 3));
  EXPECT_TRUE(at(items[3], 1, 54));
}

TEST(Json, BadEscapes) {
  EXPECT_TRUE(problemAt(*json(R"(["\ud83d"])"), 1, 3, "invalid \\u escape: unpaired UTF-16 surrogate"));
  EXPECT_TRUE(problemAt(*json(R"(["\ude00x"])"), 1, 3, "invalid \\u escape: unpaired UTF-16 surrogate"));
  EXPECT_TRUE(problemAt(*json(R"(["\ud83d\u0041"])"), 1, 3, "invalid \\u escape: unpaired UTF-16 surrogate"));
  EXPECT_TRUE(problemAt(*json(R"(["\u12G4"])"), 1, 3, "invalid \\u escape: expected four hex digits"));
  EXPECT_TRUE(problemAt(*json(R"(["ab\x"])"), 1, 5, "invalid escape '\\x' in a string"));
}

TEST(Json, InvalidUtf8InStrings) {
  EXPECT_TRUE(problemAt(*json("{\"a\": \"ok \xFF\"}"), 1, 11, "invalid UTF-8 in a string (byte 0xFF)"));
  // An overlong encoding and a UTF-8 encoded surrogate are not valid UTF-8 either.
  EXPECT_TRUE(problemAt(*json("[\"\xC0\xAF\"]"), 1, 3, "invalid UTF-8 in a string (byte 0xC0)"));
  EXPECT_TRUE(problemAt(*json("[\"\xED\xA0\x80\"]"), 1, 3, "invalid UTF-8 in a string (byte 0xED)"));
  EXPECT_TRUE(problemAt(*json("[\"\xE2\x82\"]"), 1, 3, "invalid UTF-8 in a string (byte 0xE2)"));
  EXPECT_TRUE(problemAt(*json("[\"a\tb\"]"), 1, 4, "unescaped control character (byte 0x09) in a string"));
}

TEST(Json, ByteOrderMarkIsSkipped) {
  auto doc = json("\xEF\xBB\xBF{\"a\": 1}");
  ASSERT_TRUE(doc->problems.empty());
  EXPECT_TRUE(at(doc->root, 1, 1));
  EXPECT_TRUE(at(doc->root->find("a"), 1, 7));
}

TEST(Json, TrailingGarbage) {
  EXPECT_TRUE(problemAt(*json("{\"a\": 1}\n x"), 2, 2, "unexpected text after the JSON value"));
  EXPECT_TRUE(problemAt(*json("{} {}"), 1, 4, "unexpected text after the JSON value"));
}

TEST(Json, TruncatedInput) {
  EXPECT_TRUE(problemAt(*json("{\"a\": [1, 2"), 1, 12, "unexpected end of file: expected ',' or ']'"));
  EXPECT_TRUE(problemAt(*json("{\"a\": 1\n"), 2, 1, "unexpected end of file: expected ',' or '}'"));
  EXPECT_TRUE(problemAt(*json("{"), 1, 2, "unexpected end of file: expected a string key or '}'"));
  EXPECT_TRUE(problemAt(*json("{\"a\""), 1, 5, "unexpected end of file: expected ':'"));
  EXPECT_TRUE(problemAt(*json("{\"a\":"), 1, 6, "unexpected end of file: expected a value"));
  EXPECT_TRUE(problemAt(*json("[\"abc"), 1, 6, "unexpected end of file: unterminated string"));
  auto partial = json("{\"a\": {\"b\": [1, 2");
  ASSERT_TRUE(partial->root); // the partial tree stays reachable
  EXPECT_EQ(path(partial->root, {"a", "b"})->items().size(), 2u);
}

TEST(Json, SyntaxErrors) {
  EXPECT_TRUE(problemAt(*json("[1,]"), 1, 4, "unexpected ']': expected a value"));
  EXPECT_TRUE(problemAt(*json("{\"a\": 1,}"), 1, 9, "unexpected '}': expected a string key"));
  EXPECT_TRUE(problemAt(*json("{\"a\" 1}"), 1, 6, "unexpected '1': expected ':' after the key"));
  EXPECT_TRUE(problemAt(*json("{'a': 1}"), 1, 2, "unexpected ''': expected a string key or '}'"));
  EXPECT_TRUE(problemAt(*json("[1 2]"), 1, 4, "unexpected '2': expected ',' or ']'"));
  EXPECT_TRUE(problemAt(*json("[tru]"), 1, 2, "unexpected word 'tru': expected a value"));
  EXPECT_TRUE(problemAt(*json("[01]"), 1, 2, "invalid number: leading zero"));
  EXPECT_TRUE(problemAt(*json("[1.]"), 1, 2, "invalid number: expected a digit after '.'"));
  EXPECT_TRUE(problemAt(*json("[-]"), 1, 2, "invalid number: expected a digit"));
  EXPECT_TRUE(problemAt(*json("[1e+]"), 1, 2, "invalid number: expected a digit in the exponent"));
  EXPECT_TRUE(problemAt(*json("[\x01]"), 1, 2, "unexpected byte 0x01: expected a value"));
}

TEST(Json, NumbersKeepTheirText) {
  auto doc = json("[0, -0, 1.05, 1e007, -12.5E+3, 0.0e-0]");
  ASSERT_TRUE(doc->problems.empty());
  std::vector<std::string> values;
  for (const Node *n : doc->root->items())
    values.emplace_back(n->value);
  EXPECT_EQ(values, (std::vector<std::string>{"0", "-0", "1.05", "1e007", "-12.5E+3", "0.0e-0"}));
  EXPECT_TRUE(at(doc->root->items()[4], 1, 22));
  EXPECT_TRUE(at(doc->root->items()[5], 1, 32));
}

TEST(Json, DepthLimit) {
  auto doc = json(std::string(100000, '['));
  EXPECT_TRUE(problemAt(*doc, 1, 201, "document nested deeper than 200 levels"));
  auto objects = json("{\"a\":{\"a\":{\"a\":1}}}", ReadLimits{2, 100, 100});
  EXPECT_TRUE(problemAt(*objects, 1, 11, "document nested deeper than 2 levels"));
  EXPECT_TRUE(json(std::string(200, '[') + std::string(200, ']'))->problems.empty());
}

TEST(Json, NodeAndScalarLimits) {
  EXPECT_TRUE(problemAt(*json("[1, 2, 3]", ReadLimits{200, 3, 100}), 1, 8, "document has more than 3 nodes"));
  EXPECT_TRUE(problemAt(*json("[\"123456789\"]", ReadLimits{200, 100, 8}), 1, 2, "scalar longer than 8 bytes"));
}

} // namespace
