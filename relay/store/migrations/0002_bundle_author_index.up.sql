-- Only bundles are looked up by author (envelopes are signed by one-time
-- keys): a partial index spares every envelope insert a random index write.
DROP INDEX events_author;
CREATE INDEX events_bundle_author ON events(pubkey) WHERE kind = 12525;
