"""scikit-learn's models on the split bench/quality.ts exported: the anchors the action's model is compared with.

Usage: /usr/bin/python3 bench/sklearn_anchor.py DIR, where DIR holds spec.json, train.jsonl and holdout.jsonl.
Prints one JSON object per model: {"model", "seconds", "metrics"}, metrics in the label's units; or, when
scikit-learn cannot be imported, {"model": "*", "unavailable": "anchor unavailable ..."} (install it with
`sudo apt-get install -y python3-sklearn`, which serves Debian's /usr/bin/python3).
"""
import json
import sys
import time
import warnings

try:
    import numpy as np
    from sklearn.ensemble import HistGradientBoostingClassifier, HistGradientBoostingRegressor
    from sklearn.exceptions import ConvergenceWarning
    from sklearn.linear_model import LinearRegression, LogisticRegression
    from sklearn.neural_network import MLPClassifier, MLPRegressor
except ImportError as error:
    print(json.dumps({"model": "*", "unavailable": f"anchor unavailable ({error})"}))
    sys.exit(0)

SEED = 0
# HistGradientBoosting's native categorical support takes at most this many categories per feature.
MAX_NATIVE_CATEGORIES = 254
# One-hot columns per categorical feature for the MLP and linear models; rarer categories share none.
MAX_ONE_HOT = 50


def read_rows(path):
    with open(path, encoding="utf-8") as file:
        return [json.loads(line) for line in file if line.strip()]


def numeric_column(rows, index):
    return np.array([np.nan if row[index] is None else float(row[index]) for row in rows], dtype=np.float64)


def category_codes(train_values):
    """The training split's categories, most frequent first: code 0 is the commonest."""
    counts = {}
    for value in train_values:
        if value is not None:
            counts[value] = counts.get(value, 0) + 1
    return {value: code for code, (value, _) in enumerate(sorted(counts.items(), key=lambda item: (-item[1], item[0])))}


def encode(spec, train, holdout):
    """Two encodings fitted on the training split only: ordinal codes with NaN (trees) and standardised one-hot (the rest)."""
    tree = ([], [], [])  # train columns, holdout columns, categorical mask
    dense = ([], [])
    for index, feature in enumerate(spec["features"]):
        if feature["kind"] == "numeric":
            train_column, holdout_column = numeric_column(train, index), numeric_column(holdout, index)
            tree[0].append(train_column)
            tree[1].append(holdout_column)
            tree[2].append(False)
            mean = np.nanmean(train_column) if np.isfinite(train_column).any() else 0.0
            std = np.nanstd(train_column) if np.isfinite(train_column).any() else 1.0
            std = std if std > 0 else 1.0
            for target, column in zip(dense, (train_column, holdout_column)):
                target.append((np.where(np.isnan(column), mean, column) - mean) / std)
            continue
        codes = category_codes(row[index] for row in train)
        to_code = lambda rows: np.array([codes.get(row[index], np.nan) if row[index] is not None else np.nan for row in rows])
        tree[0].append(to_code(train))
        tree[1].append(to_code(holdout))
        tree[2].append(len(codes) <= MAX_NATIVE_CATEGORIES)
        for value, code in codes.items():
            if code >= MAX_ONE_HOT:
                break
            for target, rows in zip(dense, (train, holdout)):
                target.append(np.array([1.0 if row[index] == value else 0.0 for row in rows]))
    stack = lambda columns, rows: np.column_stack(columns) if columns else np.zeros((len(rows), 0))
    return (
        (stack(tree[0], train), stack(tree[1], holdout), np.array(tree[2], dtype=bool)),
        (stack(dense[0], train), stack(dense[1], holdout)),
    )


def metrics(task, truth, predicted):
    if task == "classification":
        return {"accuracy": float(np.mean(truth == predicted))}
    error = truth - predicted
    deviation = np.sum((truth - truth.mean()) ** 2)
    return {"rmse": float(np.sqrt(np.mean(error**2))), "r2": float(1 - np.sum(error**2) / deviation) if deviation > 0 else 0.0}


def fit_and_score(name, model, x_train, y_train, x_test, y_test, task, target=None):
    started = time.perf_counter()
    model.fit(x_train, y_train)
    seconds = time.perf_counter() - started
    predicted = model.predict(x_test)
    if target is not None:  # the regressors below learn the standardised target
        predicted = predicted * target[1] + target[0]
    return {"model": name, "seconds": seconds, "metrics": metrics(task, y_test, predicted)}


def main(folder):
    with open(f"{folder}/spec.json", encoding="utf-8") as file:
        spec = json.load(file)
    train, holdout = read_rows(f"{folder}/train.jsonl"), read_rows(f"{folder}/holdout.jsonl")
    (tree_train, tree_test, categorical), (dense_train, dense_test) = encode(spec, train, holdout)
    task = spec["task"]
    if task == "classification":
        index = {name: code for code, name in enumerate(spec["classes"])}
        y_train = np.array([index[row[-1]] for row in train])
        y_test = np.array([index[row[-1]] for row in holdout])
        models = [
            ("hgb", HistGradientBoostingClassifier(categorical_features=categorical, random_state=SEED), "tree", None),
            ("mlp", MLPClassifier(random_state=SEED), "dense", None),
            ("linear", LogisticRegression(max_iter=2000), "dense", None),
        ]
        fit_y = y_train
    else:
        y_train = np.array([row[-1] for row in train], dtype=np.float64)
        y_test = np.array([row[-1] for row in holdout], dtype=np.float64)
        target = (y_train.mean(), y_train.std() or 1.0)
        models = [
            ("hgb", HistGradientBoostingRegressor(categorical_features=categorical, random_state=SEED), "tree", None),
            ("mlp", MLPRegressor(random_state=SEED), "dense", target),
            ("linear", LinearRegression(), "dense", None),
        ]
        fit_y = None
    for name, model, encoding, scale in models:
        x_train, x_test = (tree_train, tree_test) if encoding == "tree" else (dense_train, dense_test)
        y_fit = fit_y if fit_y is not None else ((y_train - scale[0]) / scale[1] if scale else y_train)
        print(json.dumps(fit_and_score(name, model, x_train, y_fit, x_test, y_test, task, scale)), flush=True)


if __name__ == "__main__":
    # Default iteration budgets, as a user running the defaults gets them; the warning would only add noise.
    warnings.filterwarnings("ignore", category=ConvergenceWarning)
    main(sys.argv[1])
