-- The database side of search, as it is now: one place to read it.
--
-- Migrations apply this file with InstallSqlFile("search", ...) (articles/sql/__init__.py);
-- every statement can run again on a database that has it already. To change it,
-- edit this file and add a migration with InstallSqlFile("search", checksum=...): the
-- test that compares it with the database names the checksum. Needs PostgreSQL 14
-- or newer (CREATE OR REPLACE TRIGGER).
--
-- Why triggers and not generated columns: a guide's vector includes its tags, which
-- live in other tables, and triggers keep the vectors right however a row changes
-- (admin, bulk update, import).

-- English stemming that ignores accents ("chimiothérapie" and "chimiotherapie" match).
DO $$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_ts_config WHERE cfgname = 'portal_english') THEN
        CREATE TEXT SEARCH CONFIGURATION portal_english (COPY = pg_catalog.english);
    END IF;
END
$$;
ALTER TEXT SEARCH CONFIGURATION portal_english
    ALTER MAPPING FOR hword, hword_part, word WITH unaccent, english_stem;


-- Guides ------------------------------------------------------------------------------

-- A guide's head: title A, summary and tags B. Used by the full vector (head plus
-- body C) and by the narrow head table, so both rank a guide the same way.
CREATE OR REPLACE FUNCTION articles_article_head_vector(
    guide_id bigint, guide_title text, guide_summary text
)
RETURNS tsvector AS $$
    SELECT setweight(to_tsvector('portal_english', coalesce(guide_title, '')), 'A')
        || setweight(to_tsvector('portal_english', coalesce(guide_summary, '')), 'B')
        || setweight(to_tsvector('portal_english', coalesce((
            SELECT string_agg(tag.name, ' ')
              FROM articles_tag tag
              JOIN articles_article_tags link ON link.tag_id = tag.id
             WHERE link.article_id = guide_id), '')), 'B')
$$ LANGUAGE sql STABLE;

-- articles_article.search_vector, before the row is written. Setting search_vector
-- to NULL asks for a recomputation (the tag triggers below do).
CREATE OR REPLACE FUNCTION articles_article_search_update() RETURNS trigger AS $$
BEGIN
    IF TG_OP = 'INSERT' OR NEW.search_vector IS NULL
       OR NEW.title IS DISTINCT FROM OLD.title
       OR NEW.summary IS DISTINCT FROM OLD.summary
       OR NEW.body_text IS DISTINCT FROM OLD.body_text THEN
        NEW.search_vector :=
            articles_article_head_vector(NEW.id, NEW.title, NEW.summary)
            || setweight(to_tsvector('portal_english', coalesce(NEW.body_text, '')), 'C');
    END IF;
    RETURN NEW;
END
$$ LANGUAGE plpgsql;
CREATE OR REPLACE TRIGGER articles_article_search
    BEFORE INSERT OR UPDATE ON articles_article
    FOR EACH ROW EXECUTE FUNCTION articles_article_search_update();

-- A tag added to or taken off a guide: recompute that guide's vector.
CREATE OR REPLACE FUNCTION articles_article_tags_search_update() RETURNS trigger AS $$
BEGIN
    UPDATE articles_article SET search_vector = NULL
     WHERE id = CASE WHEN TG_OP = 'DELETE' THEN OLD.article_id ELSE NEW.article_id END;
    RETURN NULL;
END
$$ LANGUAGE plpgsql;
CREATE OR REPLACE TRIGGER articles_article_tags_search
    AFTER INSERT OR DELETE ON articles_article_tags
    FOR EACH ROW EXECUTE FUNCTION articles_article_tags_search_update();

-- A tag renamed: recompute the vectors of its guides.
CREATE OR REPLACE FUNCTION articles_tag_search_update() RETURNS trigger AS $$
BEGIN
    IF NEW.name IS DISTINCT FROM OLD.name THEN
        UPDATE articles_article SET search_vector = NULL
         WHERE id IN (SELECT article_id FROM articles_article_tags WHERE tag_id = NEW.id);
    END IF;
    RETURN NULL;
END
$$ LANGUAGE plpgsql;
CREATE OR REPLACE TRIGGER articles_tag_search
    AFTER UPDATE ON articles_tag
    FOR EACH ROW EXECUTE FUNCTION articles_tag_search_update();

-- The head table (ArticleSearchHead), after the guide's row is written, when its
-- vector is current, tags included: a changed vector, status, go-live time or topic
-- is copied there. Searches look for the words in this narrow table first.
CREATE OR REPLACE FUNCTION articles_article_search_head_sync() RETURNS trigger AS $$
BEGIN
    IF TG_OP = 'UPDATE'
       AND NEW.search_vector IS NOT DISTINCT FROM OLD.search_vector
       AND NEW.status IS NOT DISTINCT FROM OLD.status
       AND NEW.publish_at IS NOT DISTINCT FROM OLD.publish_at
       AND NEW.category_id IS NOT DISTINCT FROM OLD.category_id THEN
        RETURN NULL;
    END IF;
    INSERT INTO articles_articlesearchhead
        (article_id, category_id, status, publish_at, vector)
    VALUES (NEW.id, NEW.category_id, NEW.status, NEW.publish_at,
            articles_article_head_vector(NEW.id, NEW.title, NEW.summary))
    ON CONFLICT (article_id) DO UPDATE SET
        category_id = EXCLUDED.category_id,
        status = EXCLUDED.status,
        publish_at = EXCLUDED.publish_at,
        vector = EXCLUDED.vector;
    RETURN NULL;
END
$$ LANGUAGE plpgsql;
CREATE OR REPLACE TRIGGER articles_article_search_head
    AFTER INSERT OR UPDATE ON articles_article
    FOR EACH ROW EXECUTE FUNCTION articles_article_search_head_sync();


-- "Did you mean": the words of live guides' titles ---------------------------------

-- The words of a title as articles/search/suggestions.py reads a query: runs of four
-- letters or more, lower case.
CREATE OR REPLACE FUNCTION articles_title_words(title text) RETURNS text[] AS $$
    SELECT coalesce(array_agg(DISTINCT word ORDER BY word), '{}')
      FROM regexp_split_to_table(lower(coalesce(title, '')), '[^a-z]+') AS word
     WHERE length(word) >= 4
$$ LANGUAGE sql IMMUTABLE;

-- SearchWord: how many guides use each word, so a word goes when the last guide
-- using it does. Only guides that have gone live (first_published_at is stamped
-- then): a scheduled guide's title is not hinted at before its time.
CREATE OR REPLACE FUNCTION articles_article_search_words_sync() RETURNS trigger AS $$
DECLARE
    old_words text[] := '{}';
    new_words text[] := '{}';
BEGIN
    IF TG_OP <> 'INSERT' AND OLD.status = 'published'
       AND OLD.first_published_at IS NOT NULL THEN
        old_words := articles_title_words(OLD.title);
    END IF;
    IF TG_OP <> 'DELETE' AND NEW.status = 'published'
       AND NEW.first_published_at IS NOT NULL THEN
        new_words := articles_title_words(NEW.title);
    END IF;
    IF old_words = new_words THEN
        RETURN NULL;
    END IF;
    UPDATE articles_searchword SET guides = guides - 1
     WHERE word IN (SELECT unnest(old_words) EXCEPT SELECT unnest(new_words));
    DELETE FROM articles_searchword WHERE word = ANY(old_words) AND guides = 0;
    INSERT INTO articles_searchword (word, guides)
    SELECT word, 1
      FROM (SELECT unnest(new_words) EXCEPT SELECT unnest(old_words)) AS added (word)
     ORDER BY word
    ON CONFLICT (word) DO UPDATE SET guides = articles_searchword.guides + 1;
    RETURN NULL;
END
$$ LANGUAGE plpgsql;
CREATE OR REPLACE TRIGGER articles_article_search_words
    AFTER INSERT OR DELETE OR UPDATE OF title, status, first_published_at
    ON articles_article
    FOR EACH ROW EXECUTE FUNCTION articles_article_search_words_sync();


-- FAQ entries -------------------------------------------------------------------------

-- articles_faqentry.search_vector: question A, answer B.
CREATE OR REPLACE FUNCTION articles_faqentry_search_update() RETURNS trigger AS $$
BEGIN
    NEW.search_vector :=
        setweight(to_tsvector('portal_english', coalesce(NEW.question, '')), 'A')
        || setweight(to_tsvector('portal_english', coalesce(NEW.answer_text, '')), 'B');
    RETURN NEW;
END
$$ LANGUAGE plpgsql;
CREATE OR REPLACE TRIGGER articles_faqentry_search
    BEFORE INSERT OR UPDATE OF question, answer_text ON articles_faqentry
    FOR EACH ROW EXECUTE FUNCTION articles_faqentry_search_update();
