#include "model/condition.h"

#include <algorithm>

namespace tl::model {

namespace {

std::string_view trim(std::string_view s) {
  while (!s.empty() && s.front() == ' ')
    s.remove_prefix(1);
  while (!s.empty() && s.back() == ' ')
    s.remove_suffix(1);
  return s;
}

void addTerm(std::vector<Condition::Term> &terms, Condition::Term term) {
  if (!term.name.empty() && std::find(terms.begin(), terms.end(), term) == terms.end())
    terms.push_back(term);
}

} // namespace

Condition::Condition(std::string_view text) {
  std::vector<Term> terms;
  while (!text.empty()) {
    size_t and_ = text.find("&&");
    std::string_view part = trim(text.substr(0, and_));
    text = and_ == std::string_view::npos ? std::string_view() : text.substr(and_ + 2);
    const bool negated = part.starts_with("!");
    addTerm(terms, {negated ? trim(part.substr(1)) : part, negated});
  }
  text_ = fromTerms(terms).text_;
}

std::vector<Condition::Term> Condition::terms() const {
  std::vector<Term> out;
  std::string_view text = text_.view();
  while (!text.empty()) {
    size_t and_ = text.find(" && ");
    std::string_view part = text.substr(0, and_);
    text = and_ == std::string_view::npos ? std::string_view() : text.substr(and_ + 4);
    const bool negated = part.starts_with("!");
    out.push_back({negated ? part.substr(1) : part, negated});
  }
  return out;
}

Condition Condition::fromTerms(const std::vector<Term> &terms) {
  std::string text;
  for (const Term &t : terms) {
    if (!text.empty())
      text += " && ";
    if (t.negated)
      text += '!';
    text.append(t.name);
  }
  Condition c;
  c.text_ = InternedText(text);
  return c;
}

Condition operator&&(const Condition &a, const Condition &b) {
  if (b.empty() || a == b)
    return a;
  if (a.empty())
    return b;
  std::vector<Condition::Term> terms = a.terms();
  for (const Condition::Term &t : b.terms())
    addTerm(terms, t);
  return Condition::fromTerms(terms);
}

bool Condition::implies(const Condition &other) const {
  if (other.empty() || *this == other)
    return true;
  const std::vector<Term> mine = terms();
  for (const Term &t : other.terms())
    if (std::find(mine.begin(), mine.end(), t) == mine.end())
      return false;
  return true;
}

bool Condition::excludes(const Condition &other) const {
  if (empty() || other.empty())
    return false;
  const std::vector<Term> theirs = other.terms();
  for (const Term &t : terms())
    if (std::find(theirs.begin(), theirs.end(), Term{t.name, !t.negated}) != theirs.end())
      return true;
  return false;
}

} // namespace tl::model
