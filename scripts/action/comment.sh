#!/usr/bin/env bash
# Posts BODY-FILE as the pull request's launchplan comment through the GitHub
# REST API (curl), updating the comment in place when one with MARKER is
# there already, so that a pull request has one such comment however often
# it is pushed to.
#   scripts/action/comment.sh NUMBER BODY-FILE MARKER
# Uses GITHUB_API_URL (default https://api.github.com), GITHUB_REPOSITORY and
# INPUT_TOKEN (or GITHUB_TOKEN). Prints one line: what it did (exit 0), or
# why it could not (exit 1: no token, or the API refused, as it does with the
# read-only token of a pull request from a fork).
set -uo pipefail
number="${1:?usage: comment.sh NUMBER BODY-FILE MARKER}"
body="${2:?usage: comment.sh NUMBER BODY-FILE MARKER}"
marker="${3:?usage: comment.sh NUMBER BODY-FILE MARKER}"
api="${GITHUB_API_URL:-https://api.github.com}"
repo="${GITHUB_REPOSITORY:?GITHUB_REPOSITORY is owner/name}"
token="${INPUT_TOKEN:-${GITHUB_TOKEN:-}}"
[ -n "$token" ] || { echo "no token"; exit 1; }

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
# The token in a header file, not on curl's command line (which `ps` shows).
(umask 077 && printf 'Authorization: Bearer %s\n' "$token" > "$scratch/authorization")
# One request; prints the HTTP status (000 when there was no answer), the response in $scratch/response.
request() {
  local method=$1 url=$2 data=${3:-}
  local args=(-sS -o "$scratch/response" -w '%{http_code}' -X "$method"
              -H "@$scratch/authorization" -H "Accept: application/vnd.github+json"
              -H "X-GitHub-Api-Version: 2022-11-28" -H "User-Agent: launchplan-action")
  [ -n "$data" ] && args+=(-H "Content-Type: application/json" --data-binary "@$data")
  curl "${args[@]}" "$url" 2>"$scratch/curl.err" || true
}
# The API's own reason, for the one line.
reason() { python3 -c 'import json, sys
try: print(json.load(open(sys.argv[1])).get("message", "")[:200])
except Exception: print("")' "$scratch/response" | tr -d '\n'; }

# The comment that carries the marker, if any (100 a page, up to 30 pages).
id=""
for page in $(seq 1 30); do
  code=$(request GET "$api/repos/$repo/issues/$number/comments?per_page=100&page=$page")
  [ "$code" = "200" ] || break
  found=$(python3 -c '
import json, sys
comments = json.load(open(sys.argv[1]))
ids = [str(c["id"]) for c in comments if sys.argv[2] in (c.get("body") or "")]
print(ids[0] if ids else ("" if len(comments) == 100 else "-"))' "$scratch/response" "$marker")
  if [ "$found" = "-" ]; then break; fi
  if [ -n "$found" ]; then id=$found; break; fi
done

python3 -c 'import json, sys; print(json.dumps({"body": open(sys.argv[1], encoding="utf-8").read()}))' "$body" > "$scratch/request.json"
if [ -n "$id" ]; then
  code=$(request PATCH "$api/repos/$repo/issues/comments/$id" "$scratch/request.json")
  what="updated comment $id"
else
  code=$(request POST "$api/repos/$repo/issues/$number/comments" "$scratch/request.json")
  what="posted a comment"
fi
case "$code" in
  2??) echo "$what on pull request #$number"; exit 0 ;;
  000) echo "no answer from $api: $(head -n 1 "$scratch/curl.err")"; exit 1 ;;
  *) echo "HTTP $code from the GitHub API: $(reason)"; exit 1 ;;
esac
