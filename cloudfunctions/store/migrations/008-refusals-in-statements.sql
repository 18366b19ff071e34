-- A hot action writes everything in one statement (data-modifying CTEs) whose last part
-- re-checks what the decision assumed. When a check fails the statement must leave nothing
-- behind: fission_refuse raises, so the whole statement rolls back, and the caller reads
-- the code from the message ("fission_refused:<CODE>", see store/refused-in-statement.ts).
-- Strict: called with null (nothing refused) it is not run at all and answers null.
create function fission_refuse(code text) returns boolean
language plpgsql strict as $$
begin
  raise exception using errcode = 'P0001', message = 'fission_refused:' || code;
end
$$;
