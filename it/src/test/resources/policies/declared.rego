package gatehouse.declared.file
import rego.v1

# Read from gatehouse-it.yaml's directory (file: policies/declared.rego); disabled there.
deny contains "declared from a file" if input.backend.name == "declared-remote"
