#!/usr/bin/env Rscript
# Classifies a cohort with the dystonia tool, reads its CSV result with typed columns, and prints the table of
# distribution by etiology. Base R only (R 4.2 or later).
#
#   DYSTONIA_TOOL=/path/to/dystonia Rscript r/classify-cohort.R [cohort.csv] [counts.csv]
#
# The tool is DYSTONIA_TOOL (a path, or a command such as "dotnet /path/to/dystonia.dll"), else dystonia on the PATH.
# The cohort defaults to samples/cohort.csv; with a second argument the counts are also written there in long form
# (etiology, distribution, count), as `dystonia summary` writes etiology-by-distribution.csv.

args <- commandArgs(trailingOnly = TRUE)
cohort_file <- if (length(args) >= 1) args[[1]] else "samples/cohort.csv"
counts_file <- if (length(args) >= 2) args[[2]] else NA

tool <- Sys.getenv("DYSTONIA_TOOL")
tool <- if (!nzchar(tool)) unname(Sys.which("dystonia")) else if (file.exists(tool)) tool else strsplit(tool, "[[:space:]]+")[[1]]
if (!nzchar(tool[[1]])) {
  stop("the dystonia tool was not found: set DYSTONIA_TOOL or put dystonia on the PATH", call. = FALSE)
}

run_tool <- function(arguments, stdout) {
  status <- system2(tool[[1]], c(shQuote(tool[-1]), arguments), stdout = stdout)
  if (!is.numeric(status)) status <- attr(status, "status")
  if (is.null(status)) 0L else status
}

# The label values, in the result schema's order, so that the table keeps labels no record has.
schema <- paste(system2(tool[[1]], c(shQuote(tool[-1]), "schema", "--result"), stdout = TRUE), collapse = "\n")
levels_of <- function(label) {
  pattern <- sprintf('"%s":[[:space:]]*\\{[[:space:]]*"enum":[[:space:]]*\\[([^]]*)\\]', label)
  enum <- regmatches(schema, regexec(pattern, schema))[[1]][2]
  if (is.na(enum)) stop(sprintf("the result schema lists no values for %s", label), call. = FALSE)
  values <- trimws(strsplit(enum, ",")[[1]])
  gsub('"', "", values[values != "null"])
}

# Exit 0: every record classified; 1: some are invalid rows (with their errors); anything else is a failed run.
results_file <- tempfile(fileext = ".csv")
status <- run_tool(c("classify", shQuote(cohort_file), "--format", "csv", "--no-reasoning", "-q", "-o", shQuote(results_file)), "")
if (!(status %in% c(0, 1))) stop(sprintf("dystonia classify failed with exit code %d", status), call. = FALSE)

# Every cell as text first (an id "NA" stays text, an empty cell is missing), then each column as its kind.
results <- read.csv(results_file, colClasses = "character", na.strings = "", check.names = FALSE, encoding = "UTF-8")
unlink(results_file)
kinds <- c(
  line = "integer", id = "character", status = "label", distribution = "label", legInvolvement = "logical",
  ageAtOnsetGroup = "label", course = "label", variability = "character", associatedFeatures = "label",
  nervousSystemPathology = "label", heritability = "label", etiology = "label", etiologyCertainty = "label",
  legacyCategory = "label", suggestedWorkup = "character", missingFindings = "character", errors = "character",
  ruleSet = "character", reasoning = "character", decidedBy = "character"
)
untyped <- setdiff(names(results), names(kinds))
if (length(untyped) > 0) stop(sprintf("the tool writes columns this script does not type: %s", paste(untyped, collapse = ", ")), call. = FALSE)
for (column in names(results)) {
  kind <- kinds[[column]]
  if (kind == "integer") results[[column]] <- as.integer(results[[column]])
  if (kind == "logical") results[[column]] <- as.logical(results[[column]])
  if (kind == "label") {
    values <- if (column == "status") c("classified", "invalid") else levels_of(column)
    unknown <- setdiff(unique(na.omit(results[[column]])), values)
    if (length(unknown) > 0) stop(sprintf("%s has values the schema does not list: %s", column, paste(unknown, collapse = ", ")), call. = FALSE)
    results[[column]] <- factor(results[[column]], levels = values)
  }
}

classified <- results[results$status == "classified", ]
cat(sprintf("%d records: %d classified, %d invalid\n", nrow(results), nrow(classified), sum(results$status == "invalid")))
cat(sprintf("generalized with leg involvement: %d of %d (legInvolvement is logical, NA when not generalized: %d NA)\n",
            sum(classified$legInvolvement, na.rm = TRUE), sum(classified$distribution == "generalized"),
            sum(is.na(classified$legInvolvement))))
cat("\nDistribution by etiology\n")
table <- table(distribution = classified$distribution, etiology = classified$etiology)
print(addmargins(table))

if (!is.na(counts_file)) {
  long <- as.data.frame(table, responseName = "count", stringsAsFactors = FALSE)
  long <- long[long$count > 0, c("etiology", "distribution", "count")]
  long <- long[order(long$etiology, match(long$distribution, levels(classified$distribution)), method = "radix"), ]
  write.csv(long, counts_file, row.names = FALSE, quote = FALSE)
}
