# Read after terraform.tfvars.
trigger_timeout = 10
