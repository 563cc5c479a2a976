#!/usr/bin/env bash
# A private ClickHouse cluster on loopback ports, for tests and benchmarks:
# SHARDS x REPLICAS server processes (no ZooKeeper: korpus writes every
# replica itself), every one knowing the cluster `korpus` through
# `remote_servers`, data in DIR.
#
#   cluster.sh start DIR [SHARDS] [BASE_PORT] [REPLICAS]  start, wait until each answers /ping
#   cluster.sh url DIR                          the korpus URL of the running cluster (every server)
#   cluster.sh kill DIR SHARD [REPLICA]         kill -9 one server (1-based), for failure tests
#   cluster.sh stop DIR                         stop every server (SIGTERM, then SIGKILL)
#
# Server j = (shard-1)*REPLICAS + (replica-1) listens on HTTP BASE_PORT+2j
# and native TCP BASE_PORT+2j+1 (the servers talk to each other over TCP
# for `Distributed` queries). With TLS_DIR set (a folder holding server.pem
# and server.key), server j also speaks HTTPS on BASE_PORT+2N+j (N servers).
# Needs `clickhouse-server` (Debian's 18.16 or any later release) on PATH or
# in /usr/sbin, /usr/bin.
set -euo pipefail

usage() { sed -n 2,17p "$0" | sed 's/^# \{0,1\}//' >&2; exit 2; }

server_binary() {
  for candidate in "$(command -v clickhouse-server 2>/dev/null || true)" /usr/sbin/clickhouse-server /usr/bin/clickhouse-server; do
    [ -n "$candidate" ] && [ -x "$candidate" ] && { echo "$candidate"; return; }
  done
  # newer packages ship one `clickhouse` binary with a `server` mode
  if command -v clickhouse >/dev/null 2>&1; then echo "$(command -v clickhouse) server"; return; fi
  echo "cluster.sh: clickhouse-server is not installed (apt-get install clickhouse-server)" >&2
  exit 1
}

# the folder and the HTTP port of a server
home_of() { # dir shard replica
  if (($3 == 1)); then echo "$1/shard$2"; else echo "$1/shard$2-replica$3"; fi
}
port_of() { # base shard replica replicas
  echo $(($1 + 2 * (($2 - 1) * $4 + $3 - 1)))
}

write_config() { # dir shard replica shards replicas base
  local dir=$1 shard=$2 replica=$3 shards=$4 replicas=$5 base=$6
  local s r home http tcp
  home=$(home_of "$dir" "$shard" "$replica")
  http=$(port_of "$base" "$shard" "$replica" "$replicas")
  tcp=$((http + 1))
  mkdir -p "$home/tmp" "$home/user_files" "$home/format_schemas"
  {
    echo '<?xml version="1.0"?>'
    echo '<yandex>'
    echo "  <logger><level>warning</level><log>$home/server.log</log><errorlog>$home/server.err.log</errorlog><console>0</console></logger>"
    echo '  <listen_host>127.0.0.1</listen_host>'
    echo "  <http_port>$http</http_port>"
    echo "  <tcp_port>$tcp</tcp_port>"
    if [ -n "${TLS_DIR:-}" ]; then
      local tls https
      tls=$(cd "$TLS_DIR" && pwd)
      https=$((base + 2 * shards * replicas + (shard - 1) * replicas + replica - 1))
      echo "  <https_port>$https</https_port>"
      echo "  <openSSL><server><certificateFile>$tls/server.pem</certificateFile><privateKeyFile>$tls/server.key</privateKeyFile><verificationMode>none</verificationMode><loadDefaultCAFile>false</loadDefaultCAFile></server></openSSL>"
    fi
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
      echo -n "    <shard>"
      for ((r = 1; r <= replicas; r++)); do
        echo -n "<replica><host>127.0.0.1</host><port>$(($(port_of "$base" "$s" "$r" "$replicas") + 1))</port></replica>"
      done
      echo "</shard>"
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

start() { # dir shards base replicas
  local dir=$1 shards=${2:-2} base=${3:-18123} replicas=${4:-1}
  local s r p server home
  server=$(server_binary)
  mkdir -p "$dir"
  dir=$(cd "$dir" && pwd)
  echo "$shards $base $replicas" >"$dir/cluster"
  local ports=$((2 * shards * replicas))
  [ -n "${TLS_DIR:-}" ] && ports=$((3 * shards * replicas))
  for ((p = base; p < base + ports; p++)); do
    # a server already there would answer the pings below in place of ours
    if ping_ok "$p" || { exec 3<>"/dev/tcp/127.0.0.1/$p"; } 2>/dev/null; then
      { exec 3<&- 3>&-; } 2>/dev/null || true
      echo "cluster.sh: port $p is already in use" >&2
      exit 1
    fi
  done
  for ((s = 1; s <= shards; s++)); do
    for ((r = 1; r <= replicas; r++)); do
      write_config "$dir" "$s" "$r" "$shards" "$replicas" "$base"
      home=$(home_of "$dir" "$s" "$r")
      # not --daemon: the pid written here is the server's own, and its output stays in the folder
      # shellcheck disable=SC2086
      setsid $server --config-file="$home/config.xml" </dev/null >"$home/stdout.log" 2>&1 &
      echo $! >"$home/pid"
    done
  done
  for ((s = 1; s <= shards; s++)); do
    for ((r = 1; r <= replicas; r++)); do
      local port waited=0
      port=$(port_of "$base" "$s" "$r" "$replicas")
      home=$(home_of "$dir" "$s" "$r")
      until ping_ok "$port"; do
        if ! kill -0 "$(cat "$home/pid")" 2>/dev/null; then
          echo "cluster.sh: shard $s replica $r (port $port) exited; its log:" >&2
          tail -20 "$home/server.err.log" "$home/stdout.log" >&2 || true
          exit 1
        fi
        ((waited++ < 600)) || { echo "cluster.sh: shard $s replica $r did not answer on port $port in 60 s" >&2; exit 1; }
        sleep 0.1
      done
    done
  done
  url "$dir"
}

url() { # dir
  local dir=$1 s r shards base replicas hosts=()
  read -r shards base replicas <"$dir/cluster"
  replicas=${replicas:-1}
  for ((s = 1; s <= shards; s++)); do
    for ((r = 1; r <= replicas; r++)); do hosts+=("127.0.0.1:$(port_of "$base" "$s" "$r" "$replicas")"); done
  done
  local IFS=,
  echo "clickhouse://${hosts[*]}/korpus?cluster=korpus"
}

kill_server() { # dir shard [replica]
  local pid
  pid=$(cat "$(home_of "$1" "$2" "${3:-1}")/pid")
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
  start) [ $# -ge 2 ] || usage; start "$2" "${3:-2}" "${4:-18123}" "${5:-1}" ;;
  url) [ $# -eq 2 ] || usage; url "$2" ;;
  kill) [ $# -ge 3 ] || usage; kill_server "$2" "$3" "${4:-1}" ;;
  stop) [ $# -eq 2 ] || usage; stop "$2" ;;
  *) usage ;;
esac
