SELECT topic, en, kind FROM topics ORDER BY kind DESC, topic
