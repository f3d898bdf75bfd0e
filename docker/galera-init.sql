-- HAProxy's mysql-check signs in as this account: no password, no rights, only from the compose network.
CREATE USER IF NOT EXISTS 'haproxy_cek'@'%';
