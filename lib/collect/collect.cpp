#include "collect/collect.h"

#include "awsjson/dump_files.h"
#include "awsjson/dump_frontend.h"
#include "collect/collect_manifest.h"
#include "collect/dump_directory.h"
#include "collect/error_record.h"
#include "collect/trigger_arns.h"
#include "model/arn.h"
#include "source/printable_text.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <filesystem>
#include <map>
#include <ostream>
#include <unistd.h>

namespace tl::collect {
namespace {

const std::string kPrefix = "triggerlint collect: ";
// A NextToken that never ends (a broken endpoint) must not loop forever: 1000 pages of 60 pools
// is far beyond Cognito's per-account quota.
constexpr int kMaxPages = 1000;

/// One CLI call: what is asked, of what, and under which file name the answer is kept.
struct Call {
  std::string service;             // "lambda"
  std::string operation;           // "get-policy"
  std::vector<std::string> params; // "--function-name", ARN
  std::string subject;             // pool id or function ARN as queried
  std::string fileSubject;         // pool id or function name
  std::string qualifier;
};

std::vector<std::string> callArgs(const Call &c) {
  std::vector<std::string> args{c.service, c.operation};
  args.insert(args.end(), c.params.begin(), c.params.end());
  return args;
}

std::string displayCommand(const Call &c) {
  std::string out = "aws " + c.service + " " + c.operation;
  for (const auto &p : c.params)
    out += " " + p;
  return out;
}

const doc::Node *member(const doc::Node *n, std::string_view key) {
  return n && n->isMapping() ? n->find(key) : nullptr;
}

bool isString(const doc::Node *n) { return n && n->isScalar() && n->quoted; }

class Collector {
public:
  Collector(const CollectOptions &options, std::ostream &err) : options_(options), err_(err) {}

  CollectReport run() {
    if (std::string error = prepareDumpDirectory(options_.outDir, ::geteuid() != 0); !error.empty()) {
      report_.fatal = error;
      say(kPrefix + error);
      return std::move(report_);
    }
    previous_ = readManifest(options_.outDir);
    if (!previous_.problem.empty())
      say(kPrefix + "warning: ignoring " + manifestPath() + ": " + previous_.problem +
          "; no file of an earlier collection is removed");
    std::vector<std::string> poolIds;
    if (options_.poolIds.empty()) {
      if (!listUserPools(poolIds)) {
        report_.nothingCollected = true;
        return finish();
      }
    } else {
      for (const auto &id : options_.poolIds)
        addOnce(poolIds, id);
    }
    std::vector<std::string> arns;
    size_t described = 0;
    for (const auto &id : poolIds) {
      Call c{"cognito-idp", "describe-user-pool", {"--user-pool-id", id}, id, id, ""};
      AwsCallResult r = call(c);
      if (stopped())
        return finish();
      if (!r.ok)
        continue;
      ++described;
      warnIfFieldsDropped(*r.document->root);
      for (const auto &arn : triggerArns(*r.document->root)) {
        if (model::FunctionArn::parse(arn))
          addOnce(arns, arn);
        else
          say(kPrefix + "user pool " + id + ": trigger target '" + arn +
              "' is not a Lambda function ARN; nothing collected for it");
      }
    }
    report_.nothingCollected = !poolIds.empty() && described == 0;

    std::vector<std::string> unqualified;
    for (const auto &arn : arns) {
      const model::FunctionArn parts = *model::FunctionArn::parse(arn); // only ARNs were kept above
      for (const char *operation : {"get-function-configuration", "get-policy"}) {
        call({"lambda",
              operation,
              {"--function-name", arn},
              arn,
              std::string(parts.name),
              std::string(parts.qualifier)});
        if (stopped())
          return finish();
      }
      addOnce(unqualified, std::string(parts.unqualified));
    }
    for (const auto &arn : unqualified) {
      std::string name(model::FunctionArn::parse(arn)->name);
      call({"lambda", "get-function-concurrency", {"--function-name", arn}, arn, name, ""});
      if (stopped())
        return finish();
    }
    return finish();
  }

private:
  const CollectOptions &options_;
  std::ostream &err_;
  CollectReport report_;
  std::map<std::string, std::string> fileOwners_; // file name (success form) -> subject that took it
  bool warnedDroppedFields_ = false;
  ManifestRead previous_; // what the collection before this one wrote into the directory

  std::string manifestPath() const { return (std::filesystem::path(options_.outDir) / kManifestName).string(); }

  bool stopped() const { return !report_.fatal.empty(); }

  // Pool ids, ARNs and the CLI's messages come from the account's answers, and file names from
  // them: a CR or ESC in one must not forge or erase a line of this output.
  void say(std::string_view line) { err_ << printable(line) << "\n"; }

  // The CLI prints only the response fields its own service model knows. Every pool has had a
  // UserPoolTier since Cognito's feature plans (November 2024), so a describe-user-pool answer
  // without one comes from an older CLI (Debian 12's 2.9.19, say), which also drops
  // LambdaConfig.PreTokenGenerationConfig: the rules about them would silently see nothing.
  void warnIfFieldsDropped(const doc::Node &root) {
    if (warnedDroppedFields_ || member(member(&root, "UserPool"), "UserPoolTier"))
      return;
    warnedDroppedFields_ = true;
    say(kPrefix + "warning: describe-user-pool printed no UserPoolTier; this AWS CLI (" + options_.cli.path +
        ") is probably older than Cognito's feature plans and leaves out the fields it does not know "
        "(UserPoolTier, LambdaConfig.PreTokenGenerationConfig), so rules about them see nothing; use a newer "
        "AWS CLI");
  }

  static void addOnce(std::vector<std::string> &list, const std::string &value) {
    if (std::find(list.begin(), list.end(), value) == list.end())
      list.push_back(value);
  }

  // Function names are unique per account and region only, but dump file names carry the name
  // alone: a second function of the same name would overwrite the first one's files.
  bool claimFileName(const Call &c) {
    std::string name = awsjson::dumpFileName(c.operation, c.fileSubject, c.qualifier);
    auto [owner, fresh] = fileOwners_.emplace(name, c.subject);
    if (fresh || owner->second == c.subject)
      return true;
    say(kPrefix + "skipped " + displayCommand(c) + ": its file " + name + " already holds " + owner->second +
        " (dump file names carry the function name only)");
    report_.calls.push_back({c.operation, c.subject, "", false, false});
    return false;
  }

  bool write(const std::string &name, std::string_view text) {
    if (std::string error = writeDumpFile(options_.outDir, name, text); !error.empty()) {
      report_.fatal = error;
      say(kPrefix + error);
      return false;
    }
    report_.written.insert(name);
    return true;
  }

  AwsCallResult call(const Call &c) {
    if (!claimFileName(c))
      return {};
    AwsCallResult r = runAwsCall(options_.cli, callArgs(c));
    record(c, r, "");
    return r;
  }

  // One file per call whatever the outcome, so the reader can tell "not asked" from "asked, failed".
  void record(const Call &c, const AwsCallResult &r, const std::string &note) {
    CallOutcome outcome{c.operation, c.subject, awsjson::dumpFileName(c.operation, c.fileSubject, c.qualifier, !r.ok),
                        r.ok, false};
    outcome.noPolicy = !r.ok && awsjson::isNoPolicyAnswer(c.operation, r.errorCode, r.message);
    std::string text = r.ok ? r.output : errorRecordJson({c.operation, c.subject, r.exitCode, r.errorCode, r.message});
    if (!write(outcome.file, text))
      return;
    if (!options_.quiet) {
      say("collect: " + c.operation + (c.subject.empty() ? "" : " ") + c.subject + note + " \u2192 " + outcome.file +
          (outcome.noPolicy ? " (no resource policy)" : ""));
    }
    if (!r.ok && !outcome.noPolicy)
      say(kPrefix + displayCommand(c) + ": " + summaryLine(r.message));
    report_.calls.push_back(std::move(outcome));
  }

  // The CLI does not paginate list-user-pools by itself: `--max-results` is required and, being
  // the operation's own paging parameter, turns the CLI's automatic pagination off (CLI v1 and
  // v2). So the pages are fetched here and, when there are several, merged into one document of
  // the same shape.
  bool listUserPools(std::vector<std::string> &poolIds) {
    Call c{"cognito-idp", "list-user-pools", {"--max-results", "60"}, "", "", ""};
    claimFileName(c);
    std::vector<AwsCallResult> pages;
    std::string token;
    for (int page = 0; page < kMaxPages; ++page) {
      std::vector<std::string> args = callArgs(c);
      if (!token.empty())
        args.insert(args.end(), {"--next-token", token});
      AwsCallResult r = runAwsCall(options_.cli, args);
      if (!r.ok) {
        record(c, r, pages.empty() ? "" : " (page " + std::to_string(pages.size() + 1) + ")");
        return false;
      }
      const doc::Node *root = r.document->root;
      if (const doc::Node *pools = member(root, "UserPools"); pools && pools->isSequence())
        for (const doc::Node *pool : pools->items())
          if (const doc::Node *id = member(pool, "Id"); isString(id) && !id->value.empty())
            addOnce(poolIds, std::string(id->value));
      const doc::Node *next = member(root, "NextToken");
      std::string nextToken = isString(next) ? std::string(next->value) : std::string();
      pages.push_back(std::move(r));
      if (nextToken.empty() || nextToken == token)
        break;
      token = nextToken;
    }
    if (pages.size() == 1) {
      record(c, pages.front(), "");
    } else {
      AwsCallResult merged = mergePages(pages);
      record(c, merged, " (" + std::to_string(pages.size()) + " pages)");
      if (!merged.ok)
        return false;
    }
    return !stopped();
  }

  static AwsCallResult mergePages(const std::vector<AwsCallResult> &pages) {
    AwsCallResult merged;
    merged.exitCode = 0;
    try {
      nlohmann::ordered_json all = nlohmann::ordered_json::array();
      for (const auto &page : pages) {
        nlohmann::ordered_json j = nlohmann::ordered_json::parse(page.output);
        if (j.contains("UserPools") && j["UserPools"].is_array())
          for (auto &pool : j["UserPools"])
            all.push_back(std::move(pool));
      }
      nlohmann::ordered_json out;
      out["UserPools"] = std::move(all);
      merged.output = out.dump(4, ' ', false, nlohmann::ordered_json::error_handler_t::replace) + "\n";
      merged.ok = true;
    } catch (const nlohmann::json::exception &e) {
      merged.message = std::string("the pages of list-user-pools could not be merged: ") + e.what();
    }
    return merged;
  }

  // The manifest lists what this run wrote, and what it could not remove, for the next run to
  // clean up. A run that stopped early has not seen everything: it removes nothing and keeps the
  // earlier list.
  CollectReport finish() {
    std::set<std::string> listed = report_.written;
    if (stopped()) {
      listed.insert(previous_.files.begin(), previous_.files.end());
    } else {
      StaleRemoval removal = removeStaleDumps(options_.outDir, previous_.files, report_.written);
      report_.removed = std::move(removal.removed);
      listed.insert(removal.left.begin(), removal.left.end());
      for (const auto &name : report_.removed)
        say(kPrefix + "removed " + name + ", left by an earlier collection");
      if (!removal.error.empty()) {
        report_.fatal = removal.error;
        say(kPrefix + removal.error);
      }
    }
    if (std::string error = writeDumpFile(options_.outDir, std::string(kManifestName), manifestJson(listed));
        !error.empty() && !stopped()) {
      report_.fatal = error;
      say(kPrefix + error);
    }
    if (stopped())
      return std::move(report_);
    if (!options_.quiet) {
      size_t files = report_.written.size(), failed = report_.failedCalls();
      say(kPrefix + std::to_string(files) + (files == 1 ? " file" : " files") + " written to " + options_.outDir +
          " (" + std::to_string(failed) + (failed == 1 ? " call" : " calls") + " failed); next: triggerlint " +
          options_.outDir);
    }
    return std::move(report_);
  }
};

} // namespace

size_t CollectReport::failedCalls() const {
  return static_cast<size_t>(
      std::count_if(calls.begin(), calls.end(), [](const CallOutcome &c) { return !c.ok && !c.noPolicy; }));
}

int CollectReport::exitStatus() const {
  if (!fatal.empty() || nothingCollected)
    return 2;
  return failedCalls() > 0 ? 1 : 0;
}

CollectReport collect(const CollectOptions &options, std::ostream &err) { return Collector(options, err).run(); }

} // namespace tl::collect
