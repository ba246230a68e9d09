namespace InterviewPrep.Core.Critique;

/// <summary>What makes an answer concrete (named tools, mechanisms, artefacts), and the stock phrases that stand in for it.</summary>
internal static partial class Lexicon
{
    /// <summary>Named tools, languages and services: each one is a specific.</summary>
    public static readonly WordSet NamedTools = new(
        "postgres", "postgresql", "mysql", "sqlite", "redis", "memcached", "kafka", "rabbitmq", "sqs", "sns", "kinesis",
        "dynamodb", "mongodb", "mongo", "cassandra", "elasticsearch", "opensearch", "snowflake", "bigquery", "redshift",
        "databricks", "spark", "airflow", "dbt", "flink", "hadoop", "hive", "presto", "trino", "pandas", "numpy",
        "pytorch", "tensorflow", "sklearn", "scikit-learn", "xgboost", "lightgbm", "huggingface", "mlflow", "kubeflow",
        "sagemaker", "jupyter", "react", "vue", "angular", "svelte", "nextjs", "next.js", "webpack", "vite",
        "typescript", "javascript", "redux", "graphql", "swift", "swiftui", "kotlin", "compose", "android", "ios",
        "xcode", "flutter", "java", "python", "golang", "go", "rust", "c#", "dotnet", ".net", "ruby", "rails", "django",
        "flask", "node", "node.js", "express", "spring", "kubernetes", "k8s", "docker", "terraform", "aws", "gcp",
        "azure", "ec2", "s3", "lambda", "cloudfront", "nginx", "envoy", "istio", "linux", "jenkins", "github", "gitlab",
        "circleci", "grafana", "datadog", "prometheus", "sentry", "splunk", "pagerduty", "opsgenie", "honeycomb",
        "jaeger", "opentelemetry", "cloudwatch", "looker", "tableau", "metabase", "mixpanel", "amplitude", "segment",
        "excel", "sheets", "salesforce", "hubspot", "zendesk", "intercom", "freshdesk", "jira", "confluence", "notion",
        "slack", "figma", "stripe", "twilio", "shopify", "sap", "netsuite", "workday", "greenhouse", "lever", "gong",
        "outreach", "zoom", "okta", "cloudflare", "fastly", "akamai", "vercel", "heroku", "firebase", "supabase",
        "lighthouse", "cypress", "playwright", "selenium", "jest", "pytest", "xunit", "junit", "gradle", "maven", "npm",
        "yarn", "bazel", "git", "ssh", "tcp", "http", "https", "grpc", "protobuf", "avro", "parquet", "llm", "gpt",
        "bert", "openai", "anthropic", "whisper", "cuda", "gpu", "gpus", "tpu", "quickbooks", "power", "bi", "powerbi",
        "sumo", "loki", "tempo", "vault", "consul", "nomad", "celery", "sidekiq", "resque", "hangfire", "quartz");

    /// <summary>Concrete mechanisms and artefacts across software and non-software work.</summary>
    public static readonly WordSet ConcreteNouns = new(
        "index", "indexes", "indices", "query", "queries", "ttl", "ttls", "schema", "endpoint", "endpoints",
        "migration", "migrations", "rollback", "retry", "retries", "backoff", "timeout", "timeouts", "lock", "locks",
        "mutex", "deadlock", "cron", "webhook", "webhooks", "consumer", "consumers", "producer", "partition",
        "partitions", "shard", "shards", "replica", "replicas", "failover", "heap", "cpu", "latency", "throughput",
        "p95", "p99", "trace", "traces", "flame", "profiler", "dump", "logs", "runbook", "canary", "flag", "flags",
        "toggle", "fixture", "fixtures", "mock", "regression", "bisect", "diff", "pr", "idempotency", "idempotent",
        "checksum", "hash", "join", "joins", "column", "columns", "table", "tables", "row", "rows", "dedup",
        "deduplication", "backfill", "snapshot", "replication", "connection", "pooling", "bundle", "rerender",
        "hydration", "hook", "hooks", "reducer", "selector", "cdn", "font", "fonts", "accessibility", "reader",
        "keyboard", "css", "animation", "anr", "battery", "offline", "sync", "cache", "caching", "invalidation",
        "eviction", "lru", "certificate", "dns", "balancer", "autoscaling", "pod", "pods", "cluster", "disk", "volume",
        "helm", "ansible", "vpc", "firewall", "iam", "oauth", "sso", "encryption", "labelling", "labeling", "inference",
        "embedding", "embeddings", "precision", "recall", "auc", "f1", "drift", "threshold", "thresholds", "holdout",
        "a/b", "notebook", "warehouse", "etl", "dag", "spreadsheet", "formula", "pivot", "sql", "regex", "parser",
        "serializer", "payload", "json", "csv", "xml", "api", "apis", "sdk", "cli", "repo", "monorepo", "linter",
        "lint", "compiler", "gc", "allocation", "allocations", "goroutine", "async", "callback", "promise", "websocket",
        "mutation", "resolver", "orm", "n+1", "sharding", "vacuum", "autovacuum", "wal", "binlog", "cdc", "offsets",
        "backpressure", "ratelimit", "breaker", "bulkhead", "sidecar", "proxy", "gateway", "bucket", "buckets", "blob",
        "crm", "discount", "pricing", "renewal", "renewals", "rfp", "poc", "objection", "objections", "playbook",
        "macro", "macros", "sla", "slas", "csat", "nps", "chargeback", "chargebacks", "roster", "rota", "forklift",
        "pallet", "pallets", "picker", "pickers", "carrier", "carriers", "sku", "skus", "checklist", "template",
        "templates", "rubric", "rubrics", "scorecard", "curriculum", "reconciliation", "wireframe", "usability", "okr",
        "okrs", "kpi", "kpis", "memo", "rfc", "adr", "postmortem", "post-mortem", "retrospective", "on-call", "pager",
        "sev1", "sev2", "outage", "outages", "hotfix", "changelog", "1:1", "1:1s");

    /// <summary>Acronyms that name a field or a job title rather than anything concrete.</summary>
    public static readonly WordSet GenericAcronyms = new(
        "ai", "ml", "ui", "ux", "pm", "pms", "qa", "hr", "it", "vp", "vps", "svp", "evp", "ceo", "cto", "cfo", "coo",
        "cpo", "cmo", "ops", "b2b", "b2c", "saas", "us", "uk", "eu", "usa", "roi", "mvp", "asap", "eod", "fyi", "r&d",
        "ok", "tv", "dm", "ic", "ics", "em", "ems", "gm", "ae", "aes", "sdr", "bdr");

    /// <summary>Generic nouns that sound technical but name nothing in particular.</summary>
    public static readonly WordSet GenericCapitalized = new(
        "i", "i'd", "i've", "i'll", "i'm", "so", "and", "but", "then", "the", "we", "our", "my", "it", "this", "that",
        "when", "after", "before", "once", "in", "on", "at", "a", "an", "one", "two", "as", "by", "for", "if", "monday",
        "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april",
        "may", "june", "july", "august", "september", "october", "november", "december", "ok", "okay", "yes", "no",
        "well", "also", "because", "finally", "eventually", "first", "second", "third", "looking", "since", "now",
        "there", "they", "he", "she", "what", "which", "who", "how", "why", "with");

    /// <summary>Stock phrases that stand in for what was actually done.</summary>
    private static readonly string[] VaguePhrases =
    [
        "set the right expectations", "the right expectations", "set expectations", "open and honest",
        "figured out what was going on", "figured out the problem", "figured out the issue",
        "made sure it wouldn't happen again", "so it wouldn't happen again", "make sure it doesn't happen again",
        "made sure it doesn't happen again", "pushed through", "worked really hard", "put in long hours",
        "went the extra mile", "hit the ground running", "think outside the box", "thought outside the box",
        "raised the bar", "wore many hats", "best practice", "best practices", "proper caching", "proper testing",
        "proper monitoring", "proper logging", "proper documentation", "proper process", "proper processes",
        "proper error handling", "proper validation", "proper checks", "optimized the", "optimised the",
        "optimized our", "optimised our", "optimized it", "optimised it", "optimized things", "optimised things",
        "optimized everything", "to leverage", "leverage our", "leverage the", "leverage existing", "leverage this",
        "leverage that", "leverage it", "leverage their", "leverage my", "we leverage", "i leverage", "leveraged",
        "leveraging", "synergy", "synergies", "streamlined", "improved the process", "improved processes",
        "made it more efficient", "made things more efficient", "scalable solution", "went above and beyond",
        "above and beyond", "moved the needle", "drove alignment", "aligned stakeholders", "aligned with stakeholders",
        "worked with stakeholders", "collaborated with stakeholders", "cross-functional collaboration",
        "made some changes", "a number of improvements", "some improvements", "made improvements",
        "several improvements", "cutting-edge", "cutting edge", "state of the art", "state-of-the-art",
        "industry standard", "holistic", "end-to-end solution", "fixed the issues", "fixed some issues", "fixed things",
        "sorted it out", "sorted things out", "improved performance", "improved the performance", "utilized",
        "utilised", "ensured quality", "seamless", "seamlessly", "world-class", "game changer", "game-changer",
        "data-driven approach", "in a timely manner", "at the end of the day", "low-hanging fruit", "customer-centric",
        "value-add", "paradigm", "actionable insights", "best-in-class", "next-level", "efficiencies",
        "improved things",
    ];

    /// <summary>Weaker filler: vague only when it piles up.</summary>
    private static readonly string[] SoftVaguePhrases =
    [
        "take ownership", "looked into it", "looked into the issue", "looked into the problem", "some issues",
        "a few issues", "some problems", "a few things", "the issues", "the process", "a big impact", "huge impact",
        "a huge improvement", "a big improvement", "really well", "great job", "a success", "successfully", "proper",
        "properly", "streamline", "more efficient", "robust", "a solution", "the solution", "various", "some changes",
        "made changes", "a few changes", "fixed the issue", "enhanced", "enhancements", "worked closely with",
        "proactively", "did some", "things like that", "stuff like that", "and so on", "and stuff", "all that",
        "took ownership", "ownership mindset", "key learnings", "learnings", "insights", "deep dive", "deep-dive",
        "dove deep", "the right thing", "the right way", "the right approach", "clean up", "cleaned up",
        "cleaned things up", "tidied up", "refined", "modernized", "modernised", "revamped", "overhauled",
        "a lot of work", "lots of work", "worked hard", "really hard", "hard work", "a lot of effort", "impactful",
        "maximize", "maximise", "maximized", "maximised", "optimization", "optimizations", "optimisation",
        "optimisations", "fixed it", "handled it", "dealt with it", "took care of it", "took care of",
    ];

    public static readonly PhraseMatcher Vague = new(VaguePhrases);

    public static readonly PhraseMatcher SoftVague = new(SoftVaguePhrases);
}
