#!/usr/bin/env bash
# The GitHub Action (action.yml) as one script, so that it runs the same on a
# laptop (scripts/check-action runs it with a fake GITHUB_* environment):
#   1. finds launchplan (scripts/action/binary.sh);
#   2. validates the playbooks: `validate --format github` prints inline
#      annotations into the log, and a Markdown summary of every finding goes
#      to $GITHUB_STEP_SUMMARY;
#   3. writes SARIF when asked (off by default: an upload fails on private
#      repositories without code scanning);
#   4. on a pull request, diffs every changed playbook against the base
#      commit and posts the result as one comment, updated in place on the
#      next push (scripts/action/comment.sh); when the token may not comment
#      (pull requests from forks get a read-only one), the diff goes to the
#      job summary instead.
# Exit status: validate's under INPUT_FAIL_ON, or 1 when a diff's
# INPUT_DIFF_FAIL_ON holds; 2 when launchplan cannot be found or built.
#
# Inputs (the action's, as environment variables): INPUT_PLAYBOOKS (files or
# folders, separated by spaces or newlines; default `playbooks`),
# INPUT_BINARY, INPUT_SARIF (a path, empty for none), INPUT_DIFF_COMMENT
# (true/false), INPUT_FAIL_ON (validate's --fail-on), INPUT_DIFF_FAIL_ON
# (diff's --fail-on: empty, introduced, worse, or both separated by a space),
# INPUT_RUNS, INPUT_TOKEN. GitHub's: GITHUB_EVENT_NAME, GITHUB_EVENT_PATH,
# GITHUB_REPOSITORY, GITHUB_API_URL, GITHUB_STEP_SUMMARY, GITHUB_OUTPUT.
set -uo pipefail
here=$(cd "$(dirname "$0")" && pwd)
summary="${GITHUB_STEP_SUMMARY:-/dev/null}"
output="${GITHUB_OUTPUT:-/dev/null}"
read -r -a playbooks <<<"$(echo "${INPUT_PLAYBOOKS:-playbooks}" | tr '\n' ' ')"
fail_on="${INPUT_FAIL_ON:-error}"
runs="${INPUT_RUNS:-10000}"

bin=$("$here/binary.sh") || exit 2
echo "binary=$bin" >> "$output"
echo "launchplan: $("$bin" --version) ($bin)"

# 2. Annotations in the log, the summary from the JSON.
echo "::group::launchplan validate"
"$bin" validate --format github --fail-on "$fail_on" "${playbooks[@]}"
status=$?
echo "::endgroup::"
if [ "$status" -eq 2 ]; then
  echo "::error title=launchplan::cannot read the playbooks (${playbooks[*]}): see the log above"
  exit 2
fi
"$bin" validate --format json --fail-on never "${playbooks[@]}" | python3 "$here/summary.py" >> "$summary"

# 3. SARIF, written whole or not at all.
if [ -n "${INPUT_SARIF:-}" ]; then
  mkdir -p "$(dirname "$INPUT_SARIF")"
  if "$bin" validate --format sarif --fail-on never "${playbooks[@]}" > "$INPUT_SARIF.partial"; then
    mv -f "$INPUT_SARIF.partial" "$INPUT_SARIF"
    echo "sarif=$INPUT_SARIF" >> "$output"
    echo "launchplan: wrote $INPUT_SARIF"
  else
    rm -f "$INPUT_SARIF.partial"
    echo "::error title=launchplan::could not write SARIF to $INPUT_SARIF"
    status=2
  fi
fi

# 4. The pull request's diff, as one comment.
# (Only `pull_request`: under `pull_request_target` the checkout is the base, with nothing to compare.)
if [ "${GITHUB_EVENT_NAME:-}" = "pull_request" ]; then
  if [ "${INPUT_DIFF_COMMENT:-true}" = "true" ]; then
    BIN="$bin" RUNS="$runs" "$here/diff-comment.sh" "${playbooks[@]}"
    diff_status=$?
    if [ "$diff_status" -ne 0 ] && [ "$status" -eq 0 ]; then status=$diff_status; fi
  fi
fi
exit "$status"
