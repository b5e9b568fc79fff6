-- 학생 점수 📝
CREATE TABLE scores (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    score REAL DEFAULT 0.0
);
INSERT INTO scores (name, score) VALUES ('김민수', 91.5), ('Ana 🎓', 78);
/* 평균보다 높은
   학생 */
SELECT name, score
FROM scores
WHERE score > (SELECT AVG(score) FROM scores)
ORDER BY score DESC;
