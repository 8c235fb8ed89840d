-- wrk load script: POST /api/screening/title with the brief's example (series named). See README, "Benchmarks".
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Accept-Language"] = "zh-CN"
wrk.body = [[{ "referenceDate": "2026-12-31", "occupation": "焊工", "series": "工程技术", "targetLevel": "INTERMEDIATE",
  "skillLevels": [ { "level": "TECHNICIAN", "occupation": "焊工", "obtainedOn": "2022-06-30" } ],
  "workPeriods": [ { "from": "2022-07-01", "to": null, "occupation": "焊工", "technicalSkillWork": true } ],
  "annualAssessments": [ { "year": 2023, "result": "QUALIFIED" }, { "year": 2024, "result": "EXCELLENT" }, { "year": 2025, "result": "QUALIFIED" } ],
  "awards": [ "ZHEJIANG_CRAFTSMAN" ], "ethicsDeclaration": true, "idNumber": null }]]
