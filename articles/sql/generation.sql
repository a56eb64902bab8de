-- The content generation: a number the database raises whenever a transaction that
-- wrote to a table readers' pages show commits. Page caches key on it (pagecache/),
-- so no code path (admin, shell, import, the scheduler) can forget to invalidate them.
--
-- Migrations apply this file with InstallSqlFile("generation", ...)
-- (articles/sql/__init__.py); every statement can run again. To change it, edit this
-- file and add a migration with InstallSqlFile("generation", checksum=...).
--
-- The raise happens at commit (deferred constraint triggers): the one row is locked
-- only for the instant of a commit, so editors and the scheduler never wait for each
-- other on it, nor deadlock over it, and the new number becomes visible together with
-- the content. A transaction raises it once: the first trigger event of its commit
-- raises it, the others find it raised (same transaction, since this statement began).
-- Tests that roll back make the triggers immediate (tests/conftest.py): then every
-- statement raises it.
--
-- Not covered, because no reader's page shows them: articles_editorvisit (who has an
-- admin form open), articles_unansweredsearch (the editors' count), and the search
-- tables that search.sql keeps from the guides (articles_articlesearchhead,
-- articles_searchword), whose source rows are covered, nor the daily counts of their
-- terms (articles_searchtermcount): a recount changes how a search weighs its words,
-- which cached results may show until the next content change, as they did the day
-- before. Nor media_library_mediafile:
-- pages show a library file's name, size and pixel size, which never change, and
-- their own text alternatives and captions (in the body, or the guide's
-- featured_image_alt), not the library's; a file in use cannot be deleted.


INSERT INTO articles_contentgeneration (id, generation, changed_at, changed_in)
VALUES (1, 1, clock_timestamp(), NULL)
ON CONFLICT (id) DO NOTHING;

CREATE OR REPLACE FUNCTION articles_content_changed() RETURNS trigger AS $$
DECLARE
    this_transaction bigint := pg_current_xact_id()::text::bigint;
BEGIN
    UPDATE articles_contentgeneration
       SET generation = generation + 1,
           changed_at = clock_timestamp(),
           changed_in = this_transaction
     WHERE id = 1
       AND NOT (changed_in IS NOT DISTINCT FROM this_transaction
                AND changed_at >= statement_timestamp());
    IF NOT FOUND AND NOT EXISTS (SELECT FROM articles_contentgeneration WHERE id = 1) THEN
        -- The row went with a TRUNCATE of every table (a test database's flush).
        INSERT INTO articles_contentgeneration (id, generation, changed_at, changed_in)
        VALUES (1, 1, clock_timestamp(), this_transaction)
        ON CONFLICT (id) DO NOTHING;
    END IF;
    RETURN NULL;
END
$$ LANGUAGE plpgsql;

-- The content version now (articles.models.generation reads it once per request): the
-- generation, when it was raised, and the moments around `at_time` when pages change
-- with no write: guides going live, announcements starting and ending, and guides'
-- reviews falling due (overdue from the next day: the caller turns dates into
-- moments). Every part is one index probe. A function, so that each connection plans
-- it once (planning the query took three times as long as running it).
CREATE OR REPLACE FUNCTION articles_content_version(at_time timestamptz, on_day date)
RETURNS TABLE (
    generation bigint, changed_at timestamptz,
    went_live timestamptz, goes_live timestamptz,
    started timestamptz, starts timestamptz, ended timestamptz, ends timestamptz,
    review_fell_due date, review_falls_due date
) AS $$
BEGIN
    RETURN QUERY SELECT g.generation, g.changed_at,
        (SELECT max(a.publish_at) FROM articles_article a
          WHERE a.status = 'published' AND a.publish_at <= at_time),
        (SELECT min(a.publish_at) FROM articles_article a
          WHERE a.status = 'published' AND a.publish_at > at_time),
        (SELECT max(n.starts_at) FROM articles_announcement n WHERE n.starts_at <= at_time),
        (SELECT min(n.starts_at) FROM articles_announcement n WHERE n.starts_at > at_time),
        (SELECT max(n.ends_at) FROM articles_announcement n WHERE n.ends_at <= at_time),
        (SELECT min(n.ends_at) FROM articles_announcement n WHERE n.ends_at > at_time),
        (SELECT max(a.next_review_due) FROM articles_article a
          WHERE a.status = 'published' AND a.next_review_due < on_day),
        (SELECT min(a.next_review_due) FROM articles_article a
          WHERE a.status = 'published' AND a.next_review_due >= on_day)
      FROM articles_contentgeneration g WHERE g.id = 1;
END
$$ LANGUAGE plpgsql STABLE;

-- One deferred row trigger (INSERT, UPDATE, DELETE) and one TRUNCATE trigger per table.
-- All the row triggers share one name, so `SET CONSTRAINTS articles_content_changed
-- IMMEDIATE` switches them all.

DROP TRIGGER IF EXISTS articles_content_changed ON articles_article;
CREATE CONSTRAINT TRIGGER articles_content_changed
    AFTER INSERT OR UPDATE OR DELETE ON articles_article
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION articles_content_changed();
CREATE OR REPLACE TRIGGER articles_content_truncated
    AFTER TRUNCATE ON articles_article
    FOR EACH STATEMENT EXECUTE FUNCTION articles_content_changed();

DROP TRIGGER IF EXISTS articles_content_changed ON articles_article_tags;
CREATE CONSTRAINT TRIGGER articles_content_changed
    AFTER INSERT OR UPDATE OR DELETE ON articles_article_tags
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION articles_content_changed();
CREATE OR REPLACE TRIGGER articles_content_truncated
    AFTER TRUNCATE ON articles_article_tags
    FOR EACH STATEMENT EXECUTE FUNCTION articles_content_changed();

DROP TRIGGER IF EXISTS articles_content_changed ON articles_reference;
CREATE CONSTRAINT TRIGGER articles_content_changed
    AFTER INSERT OR UPDATE OR DELETE ON articles_reference
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION articles_content_changed();
CREATE OR REPLACE TRIGGER articles_content_truncated
    AFTER TRUNCATE ON articles_reference
    FOR EACH STATEMENT EXECUTE FUNCTION articles_content_changed();

DROP TRIGGER IF EXISTS articles_content_changed ON articles_pinnedrelatedarticle;
CREATE CONSTRAINT TRIGGER articles_content_changed
    AFTER INSERT OR UPDATE OR DELETE ON articles_pinnedrelatedarticle
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION articles_content_changed();
CREATE OR REPLACE TRIGGER articles_content_truncated
    AFTER TRUNCATE ON articles_pinnedrelatedarticle
    FOR EACH STATEMENT EXECUTE FUNCTION articles_content_changed();

DROP TRIGGER IF EXISTS articles_content_changed ON articles_handout;
CREATE CONSTRAINT TRIGGER articles_content_changed
    AFTER INSERT OR UPDATE OR DELETE ON articles_handout
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION articles_content_changed();
CREATE OR REPLACE TRIGGER articles_content_truncated
    AFTER TRUNCATE ON articles_handout
    FOR EACH STATEMENT EXECUTE FUNCTION articles_content_changed();

DROP TRIGGER IF EXISTS articles_content_changed ON articles_revision;
CREATE CONSTRAINT TRIGGER articles_content_changed
    AFTER INSERT OR UPDATE OR DELETE ON articles_revision
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION articles_content_changed();
CREATE OR REPLACE TRIGGER articles_content_truncated
    AFTER TRUNCATE ON articles_revision
    FOR EACH STATEMENT EXECUTE FUNCTION articles_content_changed();

DROP TRIGGER IF EXISTS articles_content_changed ON articles_workflowevent;
CREATE CONSTRAINT TRIGGER articles_content_changed
    AFTER INSERT OR UPDATE OR DELETE ON articles_workflowevent
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION articles_content_changed();
CREATE OR REPLACE TRIGGER articles_content_truncated
    AFTER TRUNCATE ON articles_workflowevent
    FOR EACH STATEMENT EXECUTE FUNCTION articles_content_changed();

DROP TRIGGER IF EXISTS articles_content_changed ON articles_category;
CREATE CONSTRAINT TRIGGER articles_content_changed
    AFTER INSERT OR UPDATE OR DELETE ON articles_category
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION articles_content_changed();
CREATE OR REPLACE TRIGGER articles_content_truncated
    AFTER TRUNCATE ON articles_category
    FOR EACH STATEMENT EXECUTE FUNCTION articles_content_changed();

DROP TRIGGER IF EXISTS articles_content_changed ON articles_tag;
CREATE CONSTRAINT TRIGGER articles_content_changed
    AFTER INSERT OR UPDATE OR DELETE ON articles_tag
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION articles_content_changed();
CREATE OR REPLACE TRIGGER articles_content_truncated
    AFTER TRUNCATE ON articles_tag
    FOR EACH STATEMENT EXECUTE FUNCTION articles_content_changed();

DROP TRIGGER IF EXISTS articles_content_changed ON articles_person;
CREATE CONSTRAINT TRIGGER articles_content_changed
    AFTER INSERT OR UPDATE OR DELETE ON articles_person
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION articles_content_changed();
CREATE OR REPLACE TRIGGER articles_content_truncated
    AFTER TRUNCATE ON articles_person
    FOR EACH STATEMENT EXECUTE FUNCTION articles_content_changed();

DROP TRIGGER IF EXISTS articles_content_changed ON articles_faqentry;
CREATE CONSTRAINT TRIGGER articles_content_changed
    AFTER INSERT OR UPDATE OR DELETE ON articles_faqentry
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION articles_content_changed();
CREATE OR REPLACE TRIGGER articles_content_truncated
    AFTER TRUNCATE ON articles_faqentry
    FOR EACH STATEMENT EXECUTE FUNCTION articles_content_changed();

DROP TRIGGER IF EXISTS articles_content_changed ON articles_announcement;
CREATE CONSTRAINT TRIGGER articles_content_changed
    AFTER INSERT OR UPDATE OR DELETE ON articles_announcement
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION articles_content_changed();
CREATE OR REPLACE TRIGGER articles_content_truncated
    AFTER TRUNCATE ON articles_announcement
    FOR EACH STATEMENT EXECUTE FUNCTION articles_content_changed();

DROP TRIGGER IF EXISTS articles_content_changed ON articles_page;
CREATE CONSTRAINT TRIGGER articles_content_changed
    AFTER INSERT OR UPDATE OR DELETE ON articles_page
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION articles_content_changed();
CREATE OR REPLACE TRIGGER articles_content_truncated
    AFTER TRUNCATE ON articles_page
    FOR EACH STATEMENT EXECUTE FUNCTION articles_content_changed();

DROP TRIGGER IF EXISTS articles_content_changed ON articles_redirect;
CREATE CONSTRAINT TRIGGER articles_content_changed
    AFTER INSERT OR UPDATE OR DELETE ON articles_redirect
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION articles_content_changed();
CREATE OR REPLACE TRIGGER articles_content_truncated
    AFTER TRUNCATE ON articles_redirect
    FOR EACH STATEMENT EXECUTE FUNCTION articles_content_changed();

DROP TRIGGER IF EXISTS articles_content_changed ON articles_searchsynonym;
CREATE CONSTRAINT TRIGGER articles_content_changed
    AFTER INSERT OR UPDATE OR DELETE ON articles_searchsynonym
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION articles_content_changed();
CREATE OR REPLACE TRIGGER articles_content_truncated
    AFTER TRUNCATE ON articles_searchsynonym
    FOR EACH STATEMENT EXECUTE FUNCTION articles_content_changed();

DROP TRIGGER IF EXISTS articles_content_changed ON articles_promotedresult;
CREATE CONSTRAINT TRIGGER articles_content_changed
    AFTER INSERT OR UPDATE OR DELETE ON articles_promotedresult
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION articles_content_changed();
CREATE OR REPLACE TRIGGER articles_content_truncated
    AFTER TRUNCATE ON articles_promotedresult
    FOR EACH STATEMENT EXECUTE FUNCTION articles_content_changed();
