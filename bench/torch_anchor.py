"""PyTorch on one thread training the MLP bench/training.ts trains: the anchor its samples/s are divided by.

Usage: /usr/bin/python3 bench/torch_anchor.py SPEC, where SPEC is the JSON file bench/training.ts writes beside
the generated data: {"x": path, "y": path, "rows", "cols", "hiddenLayers", "outputs", "epochs", "batchSize",
"learningRate"}; x holds rows × cols little-endian float32 values row by row, y one class index per row (float32).
Prints one JSON object: {"seconds", "cpuSeconds", "samplesPerSecond", "loss", "torch"}; or, when torch cannot be imported,
{"unavailable": "anchor unavailable (...)"} (install it with `sudo apt-get install -y python3-torch`, which serves
Debian's /usr/bin/python3).
"""
import json
import os
import sys
import time

# One thread for every pool, set before numpy and torch load: torch.set_num_threads(1) alone still left
# OpenBLAS's (numpy's) threads busy on the second core, so the clock figure counted two cores.
for variable in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ[variable] = "1"

try:
    import numpy as np
    import torch
    from torch import nn
except ImportError as error:
    print(json.dumps({"unavailable": f"anchor unavailable ({error})"}))
    sys.exit(0)


def main(spec_path):
    with open(spec_path, encoding="utf-8") as file:
        spec = json.load(file)
    rows, cols = spec["rows"], spec["cols"]
    torch.set_num_threads(1)
    torch.set_num_interop_threads(1)
    torch.manual_seed(0)
    x = torch.from_numpy(np.fromfile(spec["x"], dtype="<f4").reshape(rows, cols))
    y = torch.from_numpy(np.fromfile(spec["y"], dtype="<f4").astype(np.int64))
    layers, width = [], cols
    for units in spec["hiddenLayers"]:
        layers += [nn.Linear(width, units), nn.ReLU()]
        width = units
    layers.append(nn.Linear(width, spec["outputs"]))
    model = nn.Sequential(*layers)
    optimizer = torch.optim.Adam(model.parameters(), lr=spec["learningRate"])
    loss_function = nn.CrossEntropyLoss()
    batch = spec["batchSize"]

    started, cpu_started = time.perf_counter(), time.process_time()
    for _ in range(spec["epochs"]):
        order = torch.randperm(rows)
        total = torch.zeros(())
        for start in range(0, rows, batch):
            rows_of_batch = order[start : start + batch]
            optimizer.zero_grad(set_to_none=True)
            loss = loss_function(model(x[rows_of_batch]), y[rows_of_batch])
            loss.backward()
            optimizer.step()
            total += loss.detach() * len(rows_of_batch)
        # Read once per epoch, as the action's loop does.
        mean_loss = total.item() / rows
    seconds, cpu_seconds = time.perf_counter() - started, time.process_time() - cpu_started
    print(
        json.dumps(
            {
                "seconds": seconds,
                "cpuSeconds": cpu_seconds,
                "samplesPerSecond": rows * spec["epochs"] / seconds,
                "loss": mean_loss,
                "torch": torch.__version__,
            }
        )
    )


if __name__ == "__main__":
    main(sys.argv[1])
