#!/usr/bin/env bash
# On a pull request: `launchplan diff` of every playbook the pull request
# adds, changes or renames under the given paths, base commit against the
# checked-out tree, as one comment on the pull request (comment.sh), or in
# the job summary when the comment cannot be posted.
#   BIN=launchplan RUNS=10000 scripts/action/diff-comment.sh PLAYBOOK-PATH...
# Reads GITHUB_EVENT_PATH (the pull_request event: number, base.sha) and
# INPUT_DIFF_FAIL_ON; run from the repository's root (GITHUB_WORKSPACE).
# Exit status 1 when a diff's --fail-on holds, else 0 (a diff that cannot
# be made is a warning, not a failure of the check).
set -uo pipefail
here=$(cd "$(dirname "$0")" && pwd)
bin="${BIN:?BIN names the launchplan to run}"
runs="${RUNS:-10000}"
summary="${GITHUB_STEP_SUMMARY:-/dev/null}"
marker="<!-- launchplan-diff -->"
warn() { echo "::warning title=launchplan diff::$*"; }

read -r number base_sha head_sha < <(python3 -c '
import json, sys
pr = json.load(open(sys.argv[1]))["pull_request"]
print(pr["number"], pr["base"]["sha"], pr["head"]["sha"])' "${GITHUB_EVENT_PATH:?}") || { warn "no pull request in GITHUB_EVENT_PATH"; exit 0; }
# actions/checkout fetches one commit by default: fetch the base when it is missing.
if ! git cat-file -e "$base_sha^{commit}" 2>/dev/null; then
  git fetch -q --no-tags --depth=1 origin "$base_sha" || { warn "cannot fetch the base commit $base_sha"; exit 0; }
fi

fail_args=()
for condition in ${INPUT_DIFF_FAIL_ON:-}; do fail_args+=(--fail-on "$condition"); done

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
body="$scratch/body.md"
{
  echo "$marker"
  echo "## launchplan: what this pull request changes in the playbooks"
  echo
  echo "Base ${base_sha:0:12}, head ${head_sha:0:12}; each changed playbook validated and simulated in both versions ($runs runs each, the same random numbers)."
} > "$body"

status=0
count=0
while IFS=$'\t' read -r change old new; do
  [ -n "$change" ] || continue
  path="${new:-$old}"
  shopt -s nocasematch
  [[ "$path" == *.yaml || "$path" == *.yml ]] || { shopt -u nocasematch; continue; }
  shopt -u nocasematch
  count=$((count + 1))
  echo >> "$body"
  case "$change" in
    A) echo "### New playbook \`$path\`"$'\n\n'"No base version to compare; its findings are in the annotations and the job summary." >> "$body" ;;
    D) echo "### Removed playbook \`$old\`" >> "$body" ;;
    M|R*)
      "$bin" diff --runs "$runs" "${fail_args[@]}" "git:$base_sha:$old" "$path" > "$scratch/diff.md" 2> "$scratch/diff.err"
      code=$?
      if [ "$code" -eq 2 ]; then
        warn "cannot diff $path: $(head -n 1 "$scratch/diff.err")"
        echo "### \`$path\`"$'\n\n'"Could not compare: $(head -n 1 "$scratch/diff.err" | sed 's/[<>|@]/ /g')" >> "$body"
      else
        [ "$code" -eq 1 ] && status=1
        cat "$scratch/diff.md" >> "$body"
      fi ;;
  esac
done < <(git diff --name-status -M "$base_sha" HEAD -- "$@" | awk -F'\t' '{ print $1 "\t" $2 "\t" $3 }')

if [ "$count" -eq 0 ]; then
  echo $'\n'"No playbook changed." >> "$body"
fi
# GitHub refuses a comment over 65,536 characters.
python3 - "$body" <<'EOF'
import sys
path = sys.argv[1]
text = open(path, encoding="utf-8").read()
if len(text) > 60000:
    open(path, "w", encoding="utf-8").write(text[:60000] + "\n\n… (cut: GitHub comments hold 65,536 characters; run `launchplan diff` locally for the rest)\n")
EOF

if [ -n "${number:-}" ] && reason=$("$here/comment.sh" "$number" "$body" "$marker" 2>&1); then
  echo "launchplan: $reason"
else
  warn "could not post the diff as a comment ($reason): it is in the job summary instead"
  {
    echo
    echo "> The diff could not be posted as a pull-request comment ($reason; a pull request from a fork gets a read-only token), so it is here."
    echo
    cat "$body"
  } >> "$summary"
fi
exit "$status"
