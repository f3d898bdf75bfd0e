-- Only carried, never run: KesehatanTest compares it with the database (issue 15).
SELECT 1;
