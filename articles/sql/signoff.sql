-- Medical sign-off in the database: what no code path, shell or import can get round.
--
-- Migrations apply this file with InstallSqlFile("signoff", ...) (articles/sql/__init__.py);
-- every statement can run again. To change it, edit this file and add a migration with
-- InstallSqlFile("signoff", checksum=...): the failing test names the checksum.
--
-- 1. Revisions of medical text and workflow records are append-only.
-- 2. A revision's hash is computed here, from its content, and a sign-off must name
--    the hash of the revision it signs.
-- 3. At every commit, a published guide or FAQ entry shows exactly the text of the
--    approved revision its sign_off points to, with that sign-off's reviewer and dates.
--    The check is deferred to the commit so that one transaction may write the text,
--    the sign-off and the review fields in any order.


CREATE OR REPLACE FUNCTION articles_refuse_change() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION '% rows cannot be changed or deleted: the record is append-only',
        TG_TABLE_NAME USING ERRCODE = 'restrict_violation';
END
$$ LANGUAGE plpgsql;

CREATE OR REPLACE TRIGGER articles_workflowevent_append_only
    BEFORE UPDATE OR DELETE ON articles_workflowevent
    FOR EACH ROW EXECUTE FUNCTION articles_refuse_change();

-- Revisions may be deleted with a guide that was never submitted (no workflow record
-- refers to them: the foreign keys refuse otherwise), but never changed.
CREATE OR REPLACE TRIGGER articles_revision_append_only
    BEFORE UPDATE ON articles_revision
    FOR EACH ROW EXECUTE FUNCTION articles_refuse_change();


CREATE OR REPLACE FUNCTION articles_revision_hash() RETURNS trigger AS $$
BEGIN
    NEW.content_hash := encode(sha256(convert_to(NEW.content::text, 'UTF8')), 'hex');
    RETURN NEW;
END
$$ LANGUAGE plpgsql;

CREATE OR REPLACE TRIGGER articles_revision_hash
    BEFORE INSERT ON articles_revision
    FOR EACH ROW EXECUTE FUNCTION articles_revision_hash();


CREATE OR REPLACE FUNCTION articles_sign_off_names_hash() RETURNS trigger AS $$
BEGIN
    IF NEW.kind IN ('approved', 'changes_requested') AND NEW.content_hash IS DISTINCT FROM
       (SELECT content_hash FROM articles_revision WHERE id = NEW.revision_id) THEN
        RAISE EXCEPTION 'A sign-off must name the hash of the revision it signs'
            USING ERRCODE = 'check_violation';
    END IF;
    RETURN NEW;
END
$$ LANGUAGE plpgsql;

CREATE OR REPLACE TRIGGER articles_workflowevent_names_hash
    BEFORE INSERT ON articles_workflowevent
    FOR EACH ROW EXECUTE FUNCTION articles_sign_off_names_hash();


-- Why `shown` differs from the approved revision, or NULL when it does not. `shown`
-- holds the public medical columns; the subject is a guide or an FAQ entry.
CREATE OR REPLACE FUNCTION articles_unsigned_problem(
    sign_off_id bigint, guide_id bigint, faq_entry_id bigint, shown jsonb,
    reviewer_id bigint, reviewed_on date, review_due date
)
RETURNS text AS $$
DECLARE
    approval articles_workflowevent;
    signed articles_revision;
    field text;
BEGIN
    SELECT * INTO approval FROM articles_workflowevent WHERE id = sign_off_id;
    IF NOT FOUND OR approval.kind <> 'approved' THEN
        RETURN 'has no approved sign-off';
    END IF;
    SELECT * INTO signed FROM articles_revision WHERE id = approval.revision_id;
    IF signed.article_id IS DISTINCT FROM guide_id
       OR signed.faq_entry_id IS DISTINCT FROM faq_entry_id THEN
        RETURN 'points to the sign-off of another text';
    END IF;
    IF approval.content_hash <> signed.content_hash THEN
        RETURN 'points to a sign-off of other text';
    END IF;
    FOR field IN SELECT jsonb_object_keys(shown) LOOP
        IF signed.content -> field IS DISTINCT FROM shown -> field THEN
            RETURN format('shows a %s that was not signed off', field);
        END IF;
    END LOOP;
    IF reviewer_id IS DISTINCT FROM approval.reviewer_id
       OR reviewed_on IS DISTINCT FROM approval.reviewed_on
       OR review_due IS DISTINCT FROM approval.next_review_due THEN
        RETURN 'names a reviewer or review dates other than its sign-off''s';
    END IF;
    RETURN NULL;
END
$$ LANGUAGE plpgsql STABLE;

-- The row as it is at commit, not as the queued event saw it.
CREATE OR REPLACE FUNCTION articles_article_signed_check() RETURNS trigger AS $$
DECLARE
    guide articles_article;
    problem text;
BEGIN
    SELECT * INTO guide FROM articles_article WHERE id = NEW.id;
    IF FOUND AND guide.status = 'published' THEN
        problem := articles_unsigned_problem(
            guide.sign_off_id, guide.id, NULL,
            jsonb_build_object(
                'title', guide.title, 'summary', guide.summary, 'body', guide.body),
            guide.medical_reviewer_id, guide.last_reviewed_on, guide.next_review_due);
        IF problem IS NOT NULL THEN
            RAISE EXCEPTION 'Guide % is published but %', guide.id, problem
                USING ERRCODE = 'check_violation';
        END IF;
    END IF;
    RETURN NULL;
END
$$ LANGUAGE plpgsql;

DROP TRIGGER IF EXISTS articles_article_signed ON articles_article;
CREATE CONSTRAINT TRIGGER articles_article_signed
    AFTER INSERT OR UPDATE ON articles_article
    DEFERRABLE INITIALLY DEFERRED
    FOR EACH ROW EXECUTE FUNCTION articles_article_signed_check();

CREATE OR REPLACE FUNCTION articles_faqentry_signed_check() RETURNS trigger AS $$
DECLARE
    entry articles_faqentry;
    problem text;
BEGIN
    SELECT * INTO entry FROM articles_faqentry WHERE id = NEW.id;
    IF FOUND AND entry.is_published THEN
        problem := articles_unsigned_problem(
            entry.sign_off_id, NULL, entry.id,
            jsonb_build_object('question', entry.question, 'answer', entry.answer),
            entry.medical_reviewer_id, entry.last_reviewed_on, entry.next_review_due);
        IF problem IS NOT NULL THEN
            RAISE EXCEPTION 'FAQ entry % is published but %', entry.id, problem
                USING ERRCODE = 'check_violation';
        END IF;
    END IF;
    RETURN NULL;
END
$$ LANGUAGE plpgsql;

DROP TRIGGER IF EXISTS articles_faqentry_signed ON articles_faqentry;
CREATE CONSTRAINT TRIGGER articles_faqentry_signed
    AFTER INSERT OR UPDATE ON articles_faqentry
    DEFERRABLE INITIALLY DEFERRED
    FOR EACH ROW EXECUTE FUNCTION articles_faqentry_signed_check();
