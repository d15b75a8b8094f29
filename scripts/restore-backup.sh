#!/usr/bin/env bash
# Restores a backup made by Marsad (Administration → Backups, POST /api/admin/backup or the nightly one)
# into the H2 database folder. Stop Marsad first. The database there now is not deleted: it is moved
# into a folder before-restore-<date-time>/ beside it. Then start Marsad: it opens the restored file.
#   bash scripts/restore-backup.sh data/backups/marsad-20261123-020000.zip [data/db]
set -euo pipefail

die() { echo "restore-backup: $*" >&2; exit 1; }

[ $# -ge 1 ] && [ $# -le 2 ] || die "usage: $0 <backup.zip> [database folder, default ./data/db]"
backup=$1
db_dir=${2:-./data/db}
[ -f "$backup" ] || die "no backup file at $backup"

# The zip must hold the database file and nothing that would land outside the folder.
if command -v unzip >/dev/null; then
  entries=$(unzip -Z1 "$backup") || die "$backup is not a readable zip file"
elif command -v python3 >/dev/null; then
  entries=$(python3 -c 'import sys, zipfile; print("\n".join(zipfile.ZipFile(sys.argv[1]).namelist()))' "$backup") \
    || die "$backup is not a readable zip file"
else
  die "neither unzip nor python3 is installed: apt-get install -y unzip"
fi
[ "$entries" = "marsad.mv.db" ] || die "$backup is not a Marsad backup (expected only marsad.mv.db, found: $(echo $entries))"

mkdir -p "$db_dir"
if [ -f "$db_dir/marsad.mv.db" ] && command -v fuser >/dev/null && fuser -s "$db_dir/marsad.mv.db" 2>/dev/null; then
  die "$db_dir/marsad.mv.db is open (Marsad is running?): stop Marsad first"
fi

# Unpacked beside the database (same disk), then moved in by a rename: never half a file under its name.
work=$(mktemp -d "$db_dir/.restore-XXXXXX")
trap 'rm -rf "$work"' EXIT
if command -v unzip >/dev/null; then
  unzip -q "$backup" marsad.mv.db -d "$work"
else
  python3 -c 'import sys, zipfile; zipfile.ZipFile(sys.argv[1]).extract("marsad.mv.db", sys.argv[2])' "$backup" "$work"
fi

aside=""
shopt -s nullglob
current=("$db_dir"/marsad.*)
if [ ${#current[@]} -gt 0 ]; then
  aside="$db_dir/before-restore-$(date +%Y%m%d-%H%M%S)"
  mkdir "$aside"
  mv "${current[@]}" "$aside"/
fi
mv "$work/marsad.mv.db" "$db_dir/marsad.mv.db"

echo "Restored $backup into $db_dir/marsad.mv.db."
[ -z "$aside" ] || echo "The database that was there is kept in $aside (delete it once the restore is checked)."
echo "Start Marsad now; it opens the restored database (Flyway applies any newer migration)."
