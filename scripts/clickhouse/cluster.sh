#!/usr/bin/env bash
# A private ClickHouse cluster on loopback ports, for tests and benchmarks:
# N server processes (one shard each, no replicas, no ZooKeeper), every one
# knowing the cluster `korpus` through `remote_servers`, data in DIR.
#
#   cluster.sh start DIR [SHARDS] [BASE_PORT]   start, wait until each answers /ping
#   cluster.sh url DIR                          the korpus URL of the running cluster
#   cluster.sh kill DIR SHARD                   kill -9 one shard (1-based), for failure tests
#   cluster.sh stop DIR                         stop every shard (SIGTERM, then SIGKILL)
#
# Shard i (1-based) listens on HTTP BASE_PORT+2(i-1) and native TCP
# BASE_PORT+2(i-1)+1 (the shards talk to each other over TCP for
# `Distributed` queries). Needs `clickhouse-server` (Debian's 18.16 or any
# later release) on PATH or in /usr/sbin, /usr/bin.
set -euo pipefail

usage() { sed -n 2,13p "$0" | sed 's/^# \{0,1\}//' >&2; exit 2; }

server_binary() {
  for candidate in "$(command -v clickhouse-server 2>/dev/null || true)" /usr/sbin/clickhouse-server /usr/bin/clickhouse-server; do
    [ -n "$candidate" ] && [ -x "$candidate" ] && { echo "$candidate"; return; }
  done
  # newer packages ship one `clickhouse` binary with a `server` mode
  if command -v clickhouse >/dev/null 2>&1; then echo "$(command -v clickhouse) server"; return; fi
  echo "cluster.sh: clickhouse-server is not installed (apt-get install clickhouse-server)" >&2
  exit 1
}

write_config() { # dir shard shards base
  local dir=$1 shard=$2 shards=$3 base=$4
  local s home="$dir/shard$shard" http=$((base + 2 * (shard - 1))) tcp=$((base + 2 * (shard - 1) + 1))
  mkdir -p "$home/tmp" "$home/user_files" "$home/format_schemas"
  {
    echo '<?xml version="1.0"?>'
    echo '<yandex>'
    echo "  <logger><level>warning</level><log>$home/server.log</log><errorlog>$home/server.err.log</errorlog><console>0</console></logger>"
    echo '  <listen_host>127.0.0.1</listen_host>'
    echo "  <http_port>$http</http_port>"
    echo "  <tcp_port>$tcp</tcp_port>"
    echo "  <path>$home/</path>"
    echo "  <tmp_path>$home/tmp/</tmp_path>"
    echo "  <user_files_path>$home/user_files/</user_files_path>"
    echo "  <format_schema_path>$home/format_schemas/</format_schema_path>"
    # small caches: several servers share a small machine
    echo '  <mark_cache_size>268435456</mark_cache_size>'
    echo '  <uncompressed_cache_size>268435456</uncompressed_cache_size>'
    echo '  <max_concurrent_queries>64</max_concurrent_queries>'
    echo '  <users>'
    echo '    <default><password></password><networks><ip>127.0.0.1</ip><ip>::1</ip></networks><profile>default</profile><quota>default</quota></default>'
    # a user with a password, for the tests of credentials and refused logins
    echo '    <korpus><password>korpus-test</password><networks><ip>127.0.0.1</ip><ip>::1</ip></networks><profile>default</profile><quota>default</quota></korpus>'
    echo '  </users>'
    echo '  <profiles><default><max_threads>2</max_threads></default></profiles>'
    echo '  <quotas><default></default></quotas>'
    echo '  <remote_servers><korpus>'
    for ((s = 1; s <= shards; s++)); do
      echo "    <shard><replica><host>127.0.0.1</host><port>$((base + 2 * (s - 1) + 1))</port></replica></shard>"
    done
    echo '  </korpus></remote_servers>'
    echo '</yandex>'
  } >"$home/config.xml"
}

ping_ok() { # port
  # bash's /dev/tcp, so curl is not needed
  { exec 3<>"/dev/tcp/127.0.0.1/$1"; } 2>/dev/null || return 1
  printf 'GET /ping HTTP/1.0\r\n\r\n' >&3
  local answer
  answer=$(timeout 2 cat <&3 || true)
  exec 3<&- 3>&-
  [[ $answer == *"Ok."* ]]
}

start() { # dir shards base
  local dir=$1 shards=${2:-2} base=${3:-18123}
  local s server
  server=$(server_binary)
  mkdir -p "$dir"
  dir=$(cd "$dir" && pwd)
  echo "$shards $base" >"$dir/cluster"
  for ((s = 1; s <= 2 * shards; s++)); do
    # a server already there would answer the pings below in place of ours
    if ping_ok $((base + s - 1)) || { exec 3<>"/dev/tcp/127.0.0.1/$((base + s - 1))"; } 2>/dev/null; then
      { exec 3<&- 3>&-; } 2>/dev/null || true
      echo "cluster.sh: port $((base + s - 1)) is already in use" >&2
      exit 1
    fi
  done
  for ((s = 1; s <= shards; s++)); do
    write_config "$dir" "$s" "$shards" "$base"
    # not --daemon: the pid written here is the server's own, and its output stays in the folder
    # shellcheck disable=SC2086
    setsid $server --config-file="$dir/shard$s/config.xml" </dev/null >"$dir/shard$s/stdout.log" 2>&1 &
    echo $! >"$dir/shard$s/pid"
  done
  for ((s = 1; s <= shards; s++)); do
    local port=$((base + 2 * (s - 1))) waited=0
    until ping_ok "$port"; do
      if ! kill -0 "$(cat "$dir/shard$s/pid")" 2>/dev/null; then
        echo "cluster.sh: shard $s (port $port) exited; its log:" >&2
        tail -20 "$dir/shard$s/server.err.log" "$dir/shard$s/stdout.log" >&2 || true
        exit 1
      fi
      ((waited++ < 600)) || { echo "cluster.sh: shard $s did not answer on port $port in 60 s" >&2; exit 1; }
      sleep 0.1
    done
  done
  url "$dir"
}

url() { # dir
  local dir=$1 s shards base hosts=()
  read -r shards base <"$dir/cluster"
  for ((s = 1; s <= shards; s++)); do hosts+=("127.0.0.1:$((base + 2 * (s - 1)))"); done
  local IFS=,
  echo "clickhouse://${hosts[*]}/korpus?cluster=korpus"
}

kill_shard() { # dir shard
  local pid
  pid=$(cat "$1/shard$2/pid")
  kill -9 "$pid" 2>/dev/null || true
}

stop() { # dir
  local dir=$1 pids=()
  for pidfile in "$dir"/shard*/pid; do
    [ -f "$pidfile" ] || continue
    pids+=("$(cat "$pidfile")")
  done
  ((${#pids[@]})) || return 0
  kill "${pids[@]}" 2>/dev/null || true
  for _ in $(seq 50); do
    local alive=0
    for pid in "${pids[@]}"; do kill -0 "$pid" 2>/dev/null && alive=1; done
    ((alive)) || return 0
    sleep 0.1
  done
  kill -9 "${pids[@]}" 2>/dev/null || true
}

case "${1:-}" in
  start) [ $# -ge 2 ] || usage; start "$2" "${3:-2}" "${4:-18123}" ;;
  url) [ $# -eq 2 ] || usage; url "$2" ;;
  kill) [ $# -eq 3 ] || usage; kill_shard "$2" "$3" ;;
  stop) [ $# -eq 2 ] || usage; stop "$2" ;;
  *) usage ;;
esac
