# Read first; prod.auto.tfvars overrides it.
trigger_timeout = 4
