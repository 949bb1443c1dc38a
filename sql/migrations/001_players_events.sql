-- The durable copy of the game: what a cold load needs and what analytics read.
-- Runs on MySQL 8 and MariaDB 10.11. IF NOT EXISTS: MySQL commits DDL at once,
-- so a step interrupted before it was recorded must be safe to run again.

CREATE TABLE IF NOT EXISTS players (
  id BIGINT UNSIGNED NOT NULL,
  -- Version of the Tarantool row this copy holds; an upsert never lowers it.
  version BIGINT UNSIGNED NOT NULL,
  name VARCHAR(256) NOT NULL,
  coins BIGINT NOT NULL DEFAULT 0,
  xp BIGINT UNSIGNED NOT NULL DEFAULT 0,
  level INT UNSIGNED NOT NULL DEFAULT 1,
  last_seen BIGINT NOT NULL DEFAULT 0,
  -- The full game state as the worker wrote it (JSON text).
  state JSON NOT NULL,
  updated_at TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  PRIMARY KEY (id),
  KEY players_xp (xp),
  KEY players_updated_at (updated_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE IF NOT EXISTS events (
  -- The write-queue id: the primary key makes each event land once.
  queue_id BIGINT UNSIGNED NOT NULL,
  player_id BIGINT UNSIGNED NOT NULL,
  type VARCHAR(64) NOT NULL,
  payload JSON NOT NULL,
  created_at TIMESTAMP(3) NOT NULL,
  PRIMARY KEY (queue_id),
  KEY events_player_time (player_id, created_at),
  KEY events_type_time (type, created_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
