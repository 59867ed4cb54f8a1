#pragma once
// When a fact holds: the CloudFormation conditions (resource `Condition`, Fn::If branches) it
// sits under. Conditions are never evaluated; rules compare them by name.
#include "source/interned_text.h"

#include <string>
#include <string_view>
#include <vector>

namespace tl::model {

/// A conjunction of named conditions, each possibly negated ("IsProd && !UseAlias"); empty means
/// always. One pointer wide: the canonical text is interned, as many facts share a condition.
class Condition {
public:
  /// One conjunct: a condition name, true or (negated) false.
  struct Term {
    std::string_view name;
    bool negated = false;
    friend bool operator==(const Term &, const Term &) = default;
  };

  Condition() = default;
  /// Reads "A && !B" as the template frontend labels Fn::If branches; repeated terms count once.
  /// A term that is no plain name is kept whole, as written.
  explicit Condition(std::string_view text);

  bool empty() const noexcept { return text_.empty(); }
  /// The conjuncts, in the order they were first written.
  std::vector<Term> terms() const;
  /// "A && !B": the form messages and the JSON model dump print.
  const std::string &text() const noexcept { return text_.str(); }

  /// Both conditions at once, each term once.
  friend Condition operator&&(const Condition &a, const Condition &b);
  /// True when whenever this holds, `other` holds: every term of `other` is one of this one's.
  bool implies(const Condition &other) const;
  /// True when the two can never hold together: one has a term the other negates.
  bool excludes(const Condition &other) const;

  friend bool operator==(const Condition &a, const Condition &b) noexcept { return a.text_ == b.text_; }

private:
  static Condition fromTerms(const std::vector<Term> &terms);
  InternedText text_;
};

} // namespace tl::model
